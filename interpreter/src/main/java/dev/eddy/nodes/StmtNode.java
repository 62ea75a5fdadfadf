package dev.eddy.nodes;

import dev.eddy.runtime.Frame;

/**
 * An executable statement. exec returns a completion instead of throwing for control flow:
 * NORMAL, BREAK, CONTINUE, RETURN (value in {@link Frame#retval}) or SUSPEND (a generator
 * yielded: value in {@link Frame#retval}; every resumable ancestor has recorded where it was).
 */
public abstract class StmtNode {
    public static final int NORMAL = 0;
    public static final int BREAK = 1;
    public static final int CONTINUE = 2;
    public static final int RETURN = 3;
    public static final int SUSPEND = 4;

    /** The 1-based source line, for tracebacks. */
    public int line;

    public abstract int exec(Frame f);
}
