package dev.eddy.stdlib;

import dev.eddy.builtins.BuiltinsModule;
import dev.eddy.nodes.StmtNode;
import dev.eddy.runtime.Code;
import dev.eddy.runtime.Frame;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.PyCell;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyFunction;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;
import dev.eddy.runtime.SourceFile;
import dev.eddy.runtime.TypeMethods;
import org.junit.jupiter.api.function.Executable;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Shorthands for calling the stdlib modules from Java tests. */
final class Py {
    static final PyModule B;
    private static final Map<String, PyModule> MODULES = new HashMap<>();

    static {
        // an interpreter, so that modules with a Python part can run it
        new dev.eddy.interpreter.Interpreter(new dev.eddy.interpreter.Interpreter.Options(java.util.List.of(""),
                System.in, System.out, System.err, Map.of(), java.util.List.of(), false, null));
        TypeMethods.installAll();
        B = BuiltinsModule.create();
        Iterator<ModuleProvider> it = ServiceLoader.load(ModuleProvider.class).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                ModuleProvider p = it.next();
                if (p.getClass().getPackageName().equals("dev.eddy.stdlib")) {
                    MODULES.put(p.name(), p.create());
                }
            } catch (ServiceConfigurationError e) {
                // a provider of another package that is not on this class path: not under test here
            }
        }
    }

    private Py() {
    }

    static PyModule module(String name) {
        return MODULES.get(name);
    }

    static PyObject attr(String module, String name) {
        return MODULES.get(module).getAttr(name);
    }

    static PyObject call(String module, String name, PyObject... args) {
        return attr(module, name).call(args);
    }

    static PyObject callKw(String module, String name, String[] kwnames, PyObject... args) {
        return attr(module, name).call(args, kwnames);
    }

    static PyObject builtin(String name, PyObject... args) {
        return B.get(name).call(args);
    }

    private static final PyType HOLDER = new PyType("Holder", new PyType[] {PyType.OBJECT}, null, false);

    /** A fresh instance of a plain class, to hang attributes on. */
    static PyObject holder() {
        return HOLDER.call();
    }

    static PyInt i(long v) {
        return PyInt.of(v);
    }

    static PyFloat f(double v) {
        return new PyFloat(v);
    }

    static PyStr s(String v) {
        return new PyStr(v);
    }

    static PyList list(PyObject... items) {
        return new PyList(items);
    }

    static PyList ints(long... v) {
        PyList l = new PyList();
        for (long x : v) {
            l.append(PyInt.of(x));
        }
        return l;
    }

    static PyTuple tuple(PyObject... items) {
        return new PyTuple(items);
    }

    static String repr(PyObject o) {
        return o.repr().value;
    }

    static String listRepr(PyObject iterable) {
        return repr(PyList.TYPE.call(iterable));
    }

    static void raises(PyType type, String message, Executable body) {
        PyException e = assertThrows(PyException.class, body);
        assertEquals(type.name, e.value.type().name, () -> "message was: " + e.value.str().value);
        if (message != null) {
            assertEquals(message, e.value.str().value);
        }
    }

    /** One step of a scripted generator: the value to yield, or null to return; may throw. */
    interface Step {
        PyObject step(int n, PyException thrown);
    }

    /**
     * A generator function whose body is a Java script: step(n, thrown) runs at the n-th
     * resumption with the exception thrown in (or null), and yields its result or returns.
     */
    static PyFunction generatorFunction(Step script) {
        Code code = new Code("gen", "gen", new SourceFile("<test>", ""), 1, Code.Kind.GENERATOR, new String[0], 0, 0, 0,
                false, false, 0, new int[0], new int[0], 1, new String[0]);
        code.body = new StmtNode() {
            @Override
            public int exec(Frame f) {
                int n = f.resume[0] == null ? 0 : (Integer) f.resume[0];
                PyException thrown = f.generator.thrown;
                f.generator.thrown = null;
                PyObject y = script.step(n, thrown);
                if (y == null) {
                    f.resume[0] = null;
                    return NORMAL;
                }
                f.resume[0] = n + 1;
                f.retval = y;
                return SUSPEND;
            }
        };
        return new PyFunction(code, new PyModule("__test__"), new PyObject[0], null, new PyCell[0]);
    }
}
