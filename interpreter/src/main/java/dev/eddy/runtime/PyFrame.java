package dev.eddy.runtime;

/**
 * A frame object as Python code sees it ({@code sys._getframe()}, a traceback's tb_frame):
 * a view of a running {@link Frame}.
 */
public final class PyFrame extends PyObject {
    public static final PyType TYPE = PyType.builtin("frame", PyType.OBJECT, null).notAcceptableBase();

    /** A frame's local namespace: a module's live dict, a class body's mapping, or a snapshot of a function's locals. */
    public static PyObject localsOf(Frame f) {
        if (f.classNamespace != null) {
            PyObject m = TypeCreation.namespaceMapping(f.classNamespace);
            if (m != null) {
                return m;
            }
            PyDict d = new PyDict();
            f.classNamespace.forEach((k, v) -> d.put(new PyStr(k), v));
            return d;
        }
        if (f.code.kind == Code.Kind.MODULE) {
            return f.module.dict();
        }
        PyDict d = new PyDict();
        String[] names = f.code.slotNames;
        for (int i = 0; i < names.length; i++) {
            PyObject v = f.slots[i];
            if (v instanceof PyCell c) {
                v = c.value;
            }
            if (v != null && names[i] != null && !names[i].startsWith("$") && !names[i].startsWith(".")) {
                d.put(new PyStr(names[i]), v);
            }
        }
        return d;
    }

    public final Frame frame;

    public PyFrame(Frame frame) {
        this.frame = frame;
    }

    /** The frame {@code depth} calls out from {@code f} (0 is f itself); ValueError past the outermost. */
    public static PyFrame at(Frame f, int depth) {
        for (int i = 0; i < depth && f != null; i++) {
            f = f.back;
        }
        if (f == null) {
            throw Errors.valueError("call stack is not deep enough");
        }
        return new PyFrame(f);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject lookupAttr(String attr) {
        switch (attr) {
            case "f_back": return frame.back == null ? PyNone.NONE : new PyFrame(frame.back);
            case "f_globals": return frame.module.dict();
            case "f_locals": return localsOf(frame);
            case "f_builtins": {
                PyObject b = frame.module.get("__builtins__");
                return b instanceof PyModule bm ? bm.dict() : b == null ? new PyDict() : b;
            }
            case "f_code": return new PyCode(frame.code);
            case "f_lineno": return PyInt.of(frame.line);
            case "f_lasti": return PyInt.of(0);
            case "f_trace": return PyNone.NONE;
            // frame.clear() frees a finished frame's locals early in CPython; Eddy leaves that to
            // the collector, so clearing (as traceback.clear_frames does) changes nothing
            case "clear": return new PyBuiltinFunction("clear", (a, kw) -> PyNone.NONE);
            default: return super.lookupAttr(attr);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyFrame pf && pf.frame == frame;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(frame);
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (op == CompareOp.EQ || op == CompareOp.NE) {
            boolean eq = other instanceof PyFrame pf && pf.frame == frame;
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyStr repr() {
        return new PyStr("<frame at 0x" + Long.toHexString(0x7f0000000000L + (System.identityHashCode(frame) & 0xffffffL) * 16)
                + ", file '" + frame.code.filename() + "', line " + frame.line + ", code " + frame.code.name + ">");
    }
}
