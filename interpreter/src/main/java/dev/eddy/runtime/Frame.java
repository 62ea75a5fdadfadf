package dev.eddy.runtime;

import java.util.Map;

/**
 * A heap-allocated activation record: slot-indexed locals, the module globals, and for
 * generators the resume states that let the body be re-entered where it suspended.
 */
public final class Frame {
    public final PyObject[] slots;
    public final Code code;
    public final PyModule module;
    /** Class bodies keep their names here instead of in slots. */
    public final Map<String, PyObject> classNamespace;
    /** One entry per resumable statement; null means "not suspended inside it". */
    public Object[] resume;
    /** RETURN's value, or SUSPEND's yielded value. */
    public PyObject retval;
    /** The line being executed, for tracebacks. */
    public int line;
    /** The frame that called (or last resumed) this one, while it runs. */
    public Frame back;
    /** The generator or coroutine running this frame, or null. */
    public PyGenerator generator;

    public Frame(Code code, PyModule module, PyObject[] slots, Map<String, PyObject> classNamespace) {
        this.code = code;
        this.module = module;
        this.slots = slots;
        this.classNamespace = classNamespace;
        if (code.resumeCount > 0) {
            resume = new Object[code.resumeCount];
        }
    }
}
