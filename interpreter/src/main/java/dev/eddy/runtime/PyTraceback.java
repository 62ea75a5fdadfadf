package dev.eddy.runtime;

/**
 * The object behind exc.__traceback__: one entry of the exception's traceback (the outermost
 * for __traceback__), with tb_next towards where it was raised.
 */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", PyType.OBJECT, null);
    public final PyBaseException exception;

    /** The entry's index in the exception's list, which runs from the raise point outwards. */
    private final int index;

    public PyTraceback(PyBaseException exception) {
        this(exception, exception.traceback == null ? -1 : exception.traceback.size() - 1);
    }

    private PyTraceback(PyBaseException exception, int index) {
        this.exception = exception;
        this.index = index;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject lookupAttr(String name) {
        if (exception.traceback != null && index >= 0 && index < exception.traceback.size()) {
            switch (name) {
                case "tb_lineno": return PyInt.of(exception.traceback.get(index).line());
                case "tb_frame": return new PyFrameObject(exception.traceback.get(index));
                case "tb_next": return index == 0 ? PyNone.NONE : new PyTraceback(exception, index - 1);
                case "tb_lasti": return PyInt.of(-1);
                default: break;
            }
        }
        return super.lookupAttr(name);
    }
}
