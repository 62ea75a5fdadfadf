package dev.eddy.stdlib.pickle;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.PyBuffer;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

/** The _pickle module: {@link PyPickler}, {@link PyUnpickler}, dump/dumps/load/loads and the pickle exceptions. */
public final class PickleModule implements ModuleProvider {
    static final PyType PICKLE_ERROR = exception("PickleError", Exceptions.EXCEPTION);
    static final PyType PICKLING_ERROR = exception("PicklingError", PICKLE_ERROR);
    static final PyType UNPICKLING_ERROR = exception("UnpicklingError", PICKLE_ERROR);

    private static PyType exception(String name, PyType base) {
        PyType t = PyType.builtin(name, base, null);
        t.module = "_pickle";
        return t;
    }

    static PyType type(String name, PyType.Constructor ctor) {
        PyType t = PyType.builtin(name, PyType.OBJECT, ctor);
        t.module = "_pickle";
        return t;
    }

    @Override
    public String name() {
        return "_pickle";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_pickle");
        m.set("PickleError", PICKLE_ERROR);
        m.set("PicklingError", PICKLING_ERROR);
        m.set("UnpicklingError", UNPICKLING_ERROR);
        m.set("Pickler", PyPickler.TYPE);
        m.set("Unpickler", PyUnpickler.TYPE);
        def(m, "dumps", (a, kw) -> {
            PyObject[] p = Args.bind("dumps", a, kw, new String[] {"obj", "protocol", "fix_imports", "buffer_callback"}, 1);
            PyPickler pickler = PyPickler.forDumps(PyPickler.protocol(p[1]), p[2] == null || p[2].isTrue(),
                    p[3] == null ? PyNone.NONE : p[3]);
            return new PyBytes(pickler.dump(p[0]));
        });
        def(m, "dump", (a, kw) -> {
            PyObject[] p = Args.bind("dump", a, kw, new String[] {"obj", "file", "protocol", "fix_imports", "buffer_callback"}, 2);
            PyObject write = p[1].lookupAttr("write");
            if (write == null) {
                throw Errors.typeError("file must have a 'write' attribute");
            }
            PyPickler pickler = PyPickler.forDumps(PyPickler.protocol(p[2]), p[3] == null || p[3].isTrue(),
                    p[4] == null ? PyNone.NONE : p[4]);
            write.call(new PyBytes(pickler.dump(p[0])));
            return PyNone.NONE;
        });
        def(m, "loads", (a, kw) -> {
            PyObject[] p = Args.bind("loads", a, kw, new String[] {"data", "fix_imports", "encoding", "errors", "buffers"}, 1);
            if (p[0] instanceof PyStr) {
                throw Errors.typeError("a bytes-like object is required, not 'str'");
            }
            if (!(p[0] instanceof PyBuffer b)) {
                throw Errors.typeError("a bytes-like object is required, not '" + p[0].type().name + "'");
            }
            PyUnpickler u = PyUnpickler.forLoads(b.bufferBytes().length == b.bufferLength()
                    ? b.bufferBytes().clone() : java.util.Arrays.copyOf(b.bufferBytes(), b.bufferLength()));
            u.options(p[1], p[2], p[3], p[4]);
            return u.load();
        });
        def(m, "load", (a, kw) -> {
            PyObject[] p = Args.bind("load", a, kw, new String[] {"file", "fix_imports", "encoding", "errors", "buffers"}, 1);
            PyObject u = PyUnpickler.TYPE.call(p[0]);
            ((PyUnpickler) u).options(p[1], p[2], p[3], p[4]);
            return ((PyUnpickler) u).load();
        });
        return m;
    }

    private static void def(PyModule m, String name, PyBuiltinFunction.Body body) {
        PyBuiltinFunction f = new PyBuiltinFunction(name, body);
        f.module = m.name;
        f.withSelf(m);
        m.set(name, f);
    }
}
