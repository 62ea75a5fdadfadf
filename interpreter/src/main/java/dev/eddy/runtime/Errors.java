package dev.eddy.runtime;

/** Factories for the exceptions the runtime raises, with CPython's messages. Use: {@code throw Errors.typeError(...)}. */
public final class Errors {
    private Errors() {
    }

    public static PyException of(PyType type, String message) {
        return new PyException(Exceptions.make(type, message));
    }

    public static PyException typeError(String m) {
        return of(Exceptions.TYPE_ERROR, m);
    }

    public static PyException valueError(String m) {
        return of(Exceptions.VALUE_ERROR, m);
    }

    public static PyException attributeError(String m) {
        return of(Exceptions.ATTRIBUTE_ERROR, m);
    }

    public static PyException indexError(String m) {
        return of(Exceptions.INDEX_ERROR, m);
    }

    public static PyException runtimeError(String m) {
        return of(Exceptions.RUNTIME_ERROR, m);
    }

    public static PyException zeroDivision(String m) {
        return of(Exceptions.ZERO_DIVISION_ERROR, m);
    }

    public static PyException overflow(String m) {
        return of(Exceptions.OVERFLOW_ERROR, m);
    }

    /** NameError for an unbound name, carrying the name (its .name attribute, which suggestions use). */
    public static PyException nameError(String name) {
        PyException e = of(Exceptions.NAME_ERROR, "name '" + name + "' is not defined");
        e.value.storeAttr("name", new PyStr(name));
        return e;
    }

    public static PyException notImplemented(String m) {
        return of(Exceptions.NOT_IMPLEMENTED_ERROR, m);
    }

    /**
     * MemoryError for an exhausted Java heap: Python code sees the exception CPython raises when
     * an allocation fails, catchable, and the interpreter goes on (the failed allocation was
     * never made, so there is room again).
     */
    public static PyException outOfMemory(OutOfMemoryError cause) {
        return new PyException(Exceptions.make(Exceptions.MEMORY_ERROR, null));
    }

    public static PyException keyError(PyObject key) {
        return new PyException(new PyBaseException(Exceptions.KEY_ERROR, new PyObject[] {key}));
    }

    public static PyException stopIteration(PyObject value) {
        return new PyException(new PyBaseException(Exceptions.STOP_ITERATION,
                value == null || value == PyNone.NONE ? Args.EMPTY : new PyObject[] {value}));
    }

    /**
     * AttributeError for a missing attribute, worded for a module, a class or any other object,
     * and carrying .name and .obj as CPython's does (suggestions use them).
     */
    public static PyException noAttribute(PyObject obj, String name) {
        PyException e;
        if (obj instanceof PyModule m) {
            e = attributeError("module '" + m.name + "' has no attribute '" + name + "'");
        } else if (obj instanceof PyType t) {
            e = attributeError("type object '" + t.name + "' has no attribute '" + name + "'");
        } else {
            e = attributeError("'" + obj.type().name + "' object has no attribute '" + name + "'");
        }
        e.value.storeAttr("name", new PyStr(name));
        e.value.storeAttr("obj", obj);
        return e;
    }

    public static PyException unsupported(BinaryOp op, PyObject a, PyObject b) {
        String sym = op.symbol;
        if (op == BinaryOp.POW) {
            sym = "** or pow()";
        }
        return typeError("unsupported operand type(s) for " + sym + ": '" + a.type().name + "' and '" + b.type().name + "'");
    }

    /** Raised when a Java-level failure must surface as a Python error, never as a Java trace. */
    public static PyException systemError(String m) {
        return of(Exceptions.SYSTEM_ERROR, m);
    }
}
