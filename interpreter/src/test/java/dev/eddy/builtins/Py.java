package dev.eddy.builtins;

import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;
import dev.eddy.runtime.TypeMethods;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Shorthands for calling builtins from Java tests. */
final class Py {
    static final PyModule B;

    static {
        TypeMethods.installAll();
        B = BuiltinsModule.create();
    }

    private Py() {
    }

    static PyObject fn(String name) {
        return B.get(name);
    }

    static PyObject call(String name, PyObject... args) {
        return fn(name).call(args);
    }

    /** Calls with keyword arguments: the last names.length args are keyword values. */
    static PyObject callKw(String name, String[] names, PyObject... args) {
        return fn(name).call(args, names);
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

    static PyObject bool(boolean b) {
        return PyBool.of(b);
    }

    static String repr(PyObject o) {
        return o.repr().value;
    }

    /** repr(list(iterable)). */
    static String listRepr(PyObject iterable) {
        return repr(PyList.TYPE.call(iterable));
    }

    /** Asserts that running {@code body} raises {@code type} with exactly {@code message}. */
    static void raises(PyType type, String message, Executable body) {
        PyException e = assertThrows(PyException.class, body);
        assertEquals(type.name, e.value.type().name, () -> "message was: " + e.value.str().value);
        if (message != null) {
            assertEquals(message, e.value.str().value);
        }
    }
}
