package dev.eddy.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * A code object: a function's {@code __code__}, a frame's {@code f_code}, or what
 * {@code compile()} returns. The latter holds the parsed source and its mode and is compiled
 * when it is run (how names resolve depends on the namespaces exec or eval gets).
 */
public final class PyCode extends PyObject {
    public static final PyType TYPE = PyType.builtin("code", PyType.OBJECT, null).notAcceptableBase();

    public static final int CO_OPTIMIZED = 0x1;
    public static final int CO_NEWLOCALS = 0x2;
    public static final int CO_VARARGS = 0x4;
    public static final int CO_VARKEYWORDS = 0x8;
    public static final int CO_NESTED = 0x10;
    public static final int CO_GENERATOR = 0x20;
    public static final int CO_COROUTINE = 0x80;
    public static final int CO_ASYNC_GENERATOR = 0x200;

    /** The compiled body (functions, frames), or null for compile()'s result. */
    public final Code code;
    /** compile()'s parsed source: a dev.eddy.ast.Module, or an Expr for mode 'eval'. */
    public final Object ast;
    /** 'exec', 'eval' or 'single' for compile()'s result. */
    public final String mode;
    public final String filename;
    public final String text;
    /** compile()'s result compiled for running with its globals as locals (done by compile() itself, to report errors). */
    public Code compiledForGlobals;

    public PyCode(Code code) {
        this.code = code;
        this.ast = null;
        this.mode = null;
        this.filename = code.filename();
        this.text = null;
    }

    public PyCode(Object ast, String mode, String filename, String text) {
        this.code = null;
        this.ast = ast;
        this.mode = mode;
        this.filename = filename;
        this.text = text;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private String name() {
        return code == null ? "<module>" : code.name;
    }

    /** Parameters, then the other local variables (not cells only read by inner functions, nor temporaries). */
    private PyTuple varnames() {
        List<PyObject> out = new ArrayList<>();
        if (code != null && code.kind != Code.Kind.MODULE && code.kind != Code.Kind.CLASS) {
            for (String p : code.paramNames) {
                out.add(new PyStr(p));
            }
            for (int i = 0; i < code.slotNames.length; i++) {
                String n = code.slotNames[i];
                if (n == null || n.startsWith("$") || n.startsWith(".") || isIn(i, code.freeSlots) || isIn(i, code.cellSlots)
                        || out.contains(new PyStr(n))) {
                    continue;
                }
                out.add(new PyStr(n));
            }
        }
        return new PyTuple(out.toArray(new PyObject[0]));
    }

    private static boolean isIn(int slot, int[] slots) {
        for (int s : slots) {
            if (s == slot) {
                return true;
            }
        }
        return false;
    }

    /** co_cellvars: parameters that are cells in parameter order, then the other cells by name, as CPython orders them. */
    private PyTuple cellvars() {
        List<PyObject> out = new ArrayList<>();
        java.util.Set<String> cells = new java.util.HashSet<>();
        for (int slot : code.cellSlots) {
            cells.add(code.slotNames[slot]);
        }
        for (String p : code.paramNames) {
            if (cells.remove(p)) {
                out.add(new PyStr(p));
            }
        }
        for (String n : new java.util.TreeSet<>(cells)) {
            out.add(new PyStr(n));
        }
        return new PyTuple(out.toArray(new PyObject[0]));
    }

    /** The names of {@code slots}, sorted as CPython orders co_freevars. */
    private PyTuple namesOf(int[] slots) {
        Integer[] order = sortedOrder(slots);
        PyObject[] out = new PyObject[order.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = new PyStr(code.slotNames[slots[order[i]]]);
        }
        return new PyTuple(out);
    }

    /** Indexes into {@code slots} in the order of their names. */
    private Integer[] sortedOrder(int[] slots) {
        Integer[] order = new Integer[code == null ? 0 : slots.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparing(i -> code.slotNames[slots[i]]));
        return order;
    }

    /** A function's closure cells (held in free-slot order) in co_freevars order, for __closure__. */
    public PyObject[] closureInFreevarsOrder(PyObject[] closure) {
        if (code == null || closure.length != code.freeSlots.length) {
            return closure.clone();
        }
        Integer[] order = sortedOrder(code.freeSlots);
        PyObject[] out = new PyObject[closure.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = closure[order[i]];
        }
        return out;
    }

    public int flags() {
        if (code == null || code.kind == Code.Kind.MODULE || code.kind == Code.Kind.CLASS) {
            return 0;
        }
        int f = CO_OPTIMIZED | CO_NEWLOCALS;
        if (code.varargs) {
            f |= CO_VARARGS;
        }
        if (code.varkw) {
            f |= CO_VARKEYWORDS;
        }
        if (code.qualname.contains("<locals>")) {
            f |= CO_NESTED;
        }
        switch (code.kind) {
            case GENERATOR: return f | CO_GENERATOR;
            case COROUTINE: return f | CO_COROUTINE;
            case ASYNC_GENERATOR: return f | CO_ASYNC_GENERATOR;
            default: return f;
        }
    }

    @Override
    public PyObject lookupAttr(String attr) {
        switch (attr) {
            case "co_name": return new PyStr(name());
            case "co_qualname": return new PyStr(code == null ? "<module>" : code.qualname);
            case "co_filename": return new PyStr(filename);
            case "co_firstlineno": return PyInt.of(code == null ? 1 : code.firstLine);
            case "co_argcount": return PyInt.of(code == null ? 0 : code.argCount);
            case "co_posonlyargcount": return PyInt.of(code == null ? 0 : code.posonlyCount);
            case "co_kwonlyargcount": return PyInt.of(code == null ? 0 : code.kwonlyCount);
            case "co_varnames": return varnames();
            case "co_nlocals": return PyInt.of(varnames().items.length);
            case "co_cellvars": return code == null ? new PyTuple(new PyObject[0]) : cellvars();
            case "co_freevars": return code == null ? new PyTuple(new PyObject[0]) : namesOf(code.freeSlots);
            case "co_flags": return PyInt.of(flags());
            case "co_names": return new PyTuple(new PyObject[0]);
            case "co_consts": return new PyTuple(new PyObject[0]);
            case "co_positions":
                return new PyBuiltinFunction("co_positions", (a, kw) -> positions());
            default: return super.lookupAttr(attr);
        }
    }

    @Override
    public PyStr repr() {
        int line = code == null ? 1 : code.firstLine;
        return new PyStr("<code object " + name() + " at 0x" + Long.toHexString(0x7f0000000000L + (System.identityHashCode(this) & 0xffffffL) * 16)
                + ", file \"" + filename + "\", line " + line + ">");
    }

    /**
     * co_positions(): (line, end_line, column, end_column) for each instruction index
     * ({@link Code#instructionIndex}); columns in UTF-8 bytes, as CPython counts them.
     */
    private PyObject positions() {
        java.util.List<CodePosition> ps = code == null ? java.util.List.of() : code.instructionPositions();
        PyObject[] out = new PyObject[Math.max(1, ps.size())];
        out[0] = new PyTuple(new PyObject[] {PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE});
        for (int i = 1; i < ps.size(); i++) {
            CodePosition p = ps.get(i);
            out[i] = new PyTuple(new PyObject[] {PyInt.of(p.line()), PyInt.of(p.endLine()),
                PyInt.of(utf8Offset(p.line(), p.col())), PyInt.of(utf8Offset(p.endLine(), p.endCol()))});
        }
        return new PyTuple(out).iter();
    }

    /** The UTF-8 byte offset of character column {@code col} in source line {@code line}. */
    private int utf8Offset(int line, int col) {
        String text = code.source == null ? null : code.source.line(line);
        if (text == null || col > text.length()) {
            return col;
        }
        return text.substring(0, col).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}
