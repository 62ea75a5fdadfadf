package dev.eddy.nodes;

import dev.eddy.runtime.Frame;
import dev.eddy.runtime.PyObject;

/** An executable expression. Expressions never suspend: yields and awaits are hoisted into statements. */
public abstract class ExprNode {
    public int line;

    public abstract PyObject eval(Frame f);

    /** The value's truth, for conditions: comparisons and boolean operators answer without building a bool. */
    public boolean isTrue(Frame f) {
        return eval(f).isTrue();
    }
}
