package dev.eddy.runtime;

/**
 * The frame a traceback entry names ({@code tb.tb_frame}): where the frame was (file, function,
 * line) as the exception passed through it. Its locals and globals are not kept.
 */
public final class PyFrameObject extends PyObject {
    public static final PyType TYPE = PyType.builtin("frame", PyType.OBJECT, null);

    private final TracebackEntry entry;

    public PyFrameObject(TracebackEntry entry) {
        this.entry = entry;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject lookupAttr(String name) {
        switch (name) {
            case "f_lineno": return PyInt.of(entry.line());
            case "f_back": return PyNone.NONE;
            default: return super.lookupAttr(name);
        }
    }

    @Override
    public PyStr repr() {
        return new PyStr("<frame at 0x" + Long.toHexString(System.identityHashCode(this)) + ", file '"
                + entry.filename() + "', line " + entry.line() + ", code " + entry.function() + ">");
    }
}
