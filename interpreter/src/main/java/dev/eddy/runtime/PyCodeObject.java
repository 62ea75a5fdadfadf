package dev.eddy.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * A function's {@code __code__} as Python sees it: the co_* facts inspect and friends read
 * (names, argument counts, flags, file and first line), over the compiled {@link Code}.
 */
public final class PyCodeObject extends PyObject {
    public static final PyType TYPE = PyType.builtin("code", PyType.OBJECT, null);

    private static final int CO_OPTIMIZED = 0x1;
    private static final int CO_NEWLOCALS = 0x2;
    private static final int CO_VARARGS = 0x4;
    private static final int CO_VARKEYWORDS = 0x8;
    private static final int CO_NESTED = 0x10;
    private static final int CO_GENERATOR = 0x20;
    private static final int CO_NOFREE = 0x40;
    private static final int CO_COROUTINE = 0x80;
    private static final int CO_ASYNC_GENERATOR = 0x200;

    public final Code code;

    public PyCodeObject(Code code) {
        this.code = code;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private int flags() {
        int f = CO_OPTIMIZED | CO_NEWLOCALS;
        if (code.varargs) {
            f |= CO_VARARGS;
        }
        if (code.varkw) {
            f |= CO_VARKEYWORDS;
        }
        if (code.freeSlots.length == 0 && code.cellSlots.length == 0) {
            f |= CO_NOFREE;
        }
        if (code.freeSlots.length > 0) {
            f |= CO_NESTED;
        }
        switch (code.kind) {
            case GENERATOR -> f |= CO_GENERATOR;
            case COROUTINE -> f |= CO_COROUTINE;
            case ASYNC_GENERATOR -> f |= CO_ASYNC_GENERATOR;
            default -> { }
        }
        return f;
    }

    /** Parameters first, then the other local names (temporaries left out). */
    private PyTuple varnames() {
        List<PyObject> out = new ArrayList<>();
        for (String p : code.paramNames) {
            out.add(new PyStr(p));
        }
        if (code.slotNames != null) {
            for (String n : code.slotNames) {
                if (n != null && !n.startsWith("$") && !n.startsWith(".") && !contains(code.paramNames, n)) {
                    out.add(new PyStr(n));
                }
            }
        }
        return new PyTuple(out.toArray(new PyObject[0]));
    }

    private PyTuple slotNames(int[] slots) {
        PyObject[] out = new PyObject[slots.length];
        for (int i = 0; i < slots.length; i++) {
            String n = code.slotNames != null && slots[i] < code.slotNames.length ? code.slotNames[slots[i]] : null;
            out[i] = new PyStr(n == null ? "?" : n);
        }
        return new PyTuple(out);
    }

    private static boolean contains(String[] names, String n) {
        for (String s : names) {
            if (s.equals(n)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PyObject lookupAttr(String name) {
        switch (name) {
            case "co_name": return new PyStr(code.name);
            case "co_qualname": return new PyStr(code.qualname);
            case "co_filename": return new PyStr(code.filename());
            case "co_firstlineno": return PyInt.of(code.firstLine);
            case "co_argcount": return PyInt.of(code.argCount);
            case "co_posonlyargcount": return PyInt.of(code.posonlyCount);
            case "co_kwonlyargcount": return PyInt.of(code.kwonlyCount);
            case "co_flags": return PyInt.of(flags());
            case "co_varnames": return varnames();
            case "co_nlocals": return PyInt.of(varnames().items.length);
            case "co_freevars": return slotNames(code.freeSlots);
            case "co_cellvars": return slotNames(code.cellSlots);
            case "co_names":
            case "co_consts": return new PyTuple(new PyObject[0]);
            default: return super.lookupAttr(name);
        }
    }

    @Override
    public PyStr repr() {
        return new PyStr("<code object " + code.name + " at 0x" + Long.toHexString(System.identityHashCode(this))
                + ", file \"" + code.filename() + "\", line " + code.firstLine + ">");
    }
}
