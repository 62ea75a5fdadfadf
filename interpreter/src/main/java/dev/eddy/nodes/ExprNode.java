package dev.eddy.nodes;

import dev.eddy.runtime.CodePosition;
import dev.eddy.runtime.Frame;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyObject;

/** An executable expression. Expressions never suspend: yields and awaits are hoisted into statements. */
public abstract class ExprNode {
    public int line;
    /** Where this expression stands in the source, for a traceback's carets. */
    public CodePosition pos;

    public abstract PyObject eval(Frame f);

    /** The value's truth, for conditions: comparisons and boolean operators answer without building a bool. */
    public boolean isTrue(Frame f) {
        return eval(f).isTrue();
    }

    /**
     * Notes this expression as where {@code e} happened in the running frame (unless an
     * expression inside it already is), so the traceback can underline it; returns e to rethrow.
     */
    protected final PyException located(PyException e) {
        e.value.notePosition(pos);
        return e;
    }
}
