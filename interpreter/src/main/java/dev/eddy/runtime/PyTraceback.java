package dev.eddy.runtime;

/** The object behind exc.__traceback__: only its truthiness and identity are used by scripts. */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", PyType.OBJECT, null);
    public final PyBaseException exception;

    public PyTraceback(PyBaseException exception) {
        this.exception = exception;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject lookupAttr(String name) {
        if (name.equals("tb_lineno") && exception.traceback != null && !exception.traceback.isEmpty()) {
            return PyInt.of(exception.traceback.get(exception.traceback.size() - 1).line());
        }
        return super.lookupAttr(name);
    }
}
