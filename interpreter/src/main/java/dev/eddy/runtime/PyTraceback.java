package dev.eddy.runtime;

/**
 * The object behind exc.__traceback__: one frame the exception passed through, outermost
 * first, with tb_next leading towards where it was raised.
 */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", PyType.OBJECT, null).notAcceptableBase();
    public final PyBaseException exception;
    /** Index into the exception's traceback entries (innermost first); -1 for the outermost. */
    private int index;

    public PyTraceback(PyBaseException exception) {
        this(exception, -1);
    }

    private PyTraceback(PyBaseException exception, int index) {
        this.exception = exception;
        this.index = index;
    }

    private int at() {
        return index >= 0 ? index : exception.traceback == null ? -1 : exception.traceback.size() - 1;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject lookupAttr(String name) {
        int i = at();
        if (i >= 0 && exception.traceback != null && i < exception.traceback.size()) {
            TracebackEntry e = exception.traceback.get(i);
            switch (name) {
                case "tb_lineno": return PyInt.of(e.line());
                case "tb_lasti":
                    return PyInt.of(e.frame() == null ? 0 : 2 * e.frame().code.instructionIndex(e.position()));
                case "tb_frame": return e.frame() == null ? PyNone.NONE : new PyFrame(e.frame());
                case "tb_next": return i > 0 ? new PyTraceback(exception, i - 1) : PyNone.NONE;
                default: break;
            }
        }
        return super.lookupAttr(name);
    }

    /**
     * {@code tb.tb_next = None} cuts the traceback after this entry (unittest drops its own
     * frames this way): the entries nearer the raise are forgotten. Another traceback as
     * tb_next is not supported.
     */
    @Override
    public void setAttr(String name, PyObject value) {
        if (!name.equals("tb_next")) {
            super.setAttr(name, value);
            return;
        }
        if (value != PyNone.NONE) {
            throw Errors.typeError("Eddy can only set tb_next to None");
        }
        int i = at();
        if (i > 0 && exception.traceback != null) {
            exception.traceback.subList(0, i).clear();
            if (index >= 0) {
                index = 0;
            }
        }
    }
}
