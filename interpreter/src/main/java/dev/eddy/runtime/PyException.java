package dev.eddy.runtime;

/**
 * The Java throwable that carries a Python exception through the interpreter. It has no
 * Java stack trace (building one would make every raise expensive); the Python traceback
 * lives on the exception object.
 */
public final class PyException extends RuntimeException {
    public final PyBaseException value;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    public PyType type() {
        return value.type();
    }

    public boolean matches(PyType t) {
        return value.type().isSubtypeOf(t);
    }

    @Override
    public String getMessage() {
        return value.type().name + ": " + value.str().value;
    }
}
