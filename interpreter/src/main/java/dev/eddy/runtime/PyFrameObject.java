package dev.eddy.runtime;

/**
 * A Python-visible frame: a view of a running {@link Frame} (what a signal handler gets as its
 * frame argument: f_lineno, f_back, f_globals and f_code's name and file), or the frame a
 * traceback entry names ({@code tb.tb_frame}), which keeps only where the exception passed.
 */
public final class PyFrameObject extends PyObject {
    public static final PyType TYPE = PyType.builtin("frame", PyType.OBJECT, null);
    private static final PyType CODE_TYPE = PyType.builtin("code", PyType.OBJECT, null);

    private final Frame frame;
    /** Set instead of {@link #frame} for a traceback's frame. */
    private final TracebackEntry entry;

    public PyFrameObject(Frame frame) {
        this.frame = frame;
        this.entry = null;
    }

    public PyFrameObject(TracebackEntry entry) {
        this.frame = null;
        this.entry = entry;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject lookupAttr(String name) {
        if (entry != null) {
            switch (name) {
                case "f_lineno": return PyInt.of(entry.line());
                case "f_back": return PyNone.NONE;
                default: return super.lookupAttr(name);
            }
        }
        switch (name) {
            case "f_lineno": return PyInt.of(frame.line);
            case "f_back": return frame.back == null ? PyNone.NONE : new PyFrameObject(frame.back);
            case "f_globals": {
                PyDict d = new PyDict();
                frame.module.globals.forEach((k, c) -> {
                    if (c.value != null) {
                        d.put(new PyStr(k), c.value);
                    }
                });
                return d;
            }
            case "f_code": return new Code(frame.code);
            default: return super.lookupAttr(name);
        }
    }

    @Override
    public PyStr repr() {
        if (entry != null) {
            return new PyStr("<frame at 0x" + Long.toHexString(IdentityIds.of(this)) + ", file '"
                    + entry.filename() + "', line " + entry.line() + ", code " + entry.function() + ">");
        }
        return new PyStr("<frame at 0x" + Long.toHexString(IdentityIds.of(this)) + ", file '" + frame.code.filename()
                + "', line " + frame.line + ", code " + frame.code.name + ">");
    }

    /** The frame's code object: its name and file. */
    private static final class Code extends PyObject {
        private final dev.eddy.runtime.Code code;

        Code(dev.eddy.runtime.Code code) {
            this.code = code;
        }

        @Override
        public PyType type() {
            return CODE_TYPE;
        }

        @Override
        public PyObject lookupAttr(String name) {
            switch (name) {
                case "co_name": return new PyStr(code.name);
                case "co_filename": return new PyStr(code.filename());
                default: return super.lookupAttr(name);
            }
        }
    }
}
