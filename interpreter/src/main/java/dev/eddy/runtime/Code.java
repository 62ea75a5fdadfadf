package dev.eddy.runtime;

import dev.eddy.nodes.StmtNode;

/**
 * A compiled function body and everything a call needs to build its frame: parameter
 * layout, slot counts, which slots hold cells, and whether calling it makes a generator,
 * coroutine or async generator.
 */
public final class Code {
    public enum Kind { FUNCTION, GENERATOR, COROUTINE, ASYNC_GENERATOR, MODULE, CLASS }

    public final String name;
    public final String qualname;
    public final SourceFile source;
    public final int firstLine;
    public final Kind kind;
    /** Positional parameters (positional-only first), then keyword-only, then *args, then **kwargs. */
    public final String[] paramNames;
    public final int posonlyCount;
    public final int argCount;
    public final int kwonlyCount;
    public final boolean varargs;
    public final boolean varkw;
    /** Total frame slots: parameters, other locals, cells, free variables, temporaries. */
    public final int slotCount;
    /** Slots holding a cell made fresh per call (a parameter slot's value moves into its cell). */
    public final int[] cellSlots;
    /** Slots that receive the function's closure cells, in closure order. */
    public final int[] freeSlots;
    /** Resume-state slots of a generator body's resumable statements. */
    public final int resumeCount;
    public StmtNode body;
    /** A plain function taking exactly argCount positional arguments and nothing else: calls can fill its slots directly. */
    public final boolean simpleCall;
    /**
     * A generator body with a suspension point inside a try or with: dropping it suspended
     * there must still run the handlers, finally blocks and __exit__s (see GeneratorFinaliser).
     */
    public boolean suspendsInCleanup;
    /**
     * Parameters are positional ones only (no *args, **kwargs or keyword-only): a call with
     * positional arguments can put them straight into the frame's slots, whatever the kind.
     */
    public final boolean positionalParams;
    /** The local names by slot, for UnboundLocalError messages and debugging. */
    public final String[] slotNames;
    /**
     * Eddy has no instructions; this numbers, in the order tracebacks met them, the expressions
     * a traceback has pointed at in this code, so that tb_lasti can name one and co_positions()
     * list them. Entry 0 stands for "unknown".
     */
    private final java.util.List<CodePosition> instructionPositions = new java.util.ArrayList<>(java.util.List.of(UNKNOWN));
    private static final CodePosition UNKNOWN = new CodePosition(0, 0, -1, -1);

    public Code(String name, String qualname, SourceFile source, int firstLine, Kind kind, String[] paramNames,
                int posonlyCount, int argCount, int kwonlyCount, boolean varargs, boolean varkw, int slotCount,
                int[] cellSlots, int[] freeSlots, int resumeCount, String[] slotNames) {
        this.name = name;
        this.qualname = qualname;
        this.source = source;
        this.firstLine = firstLine;
        this.kind = kind;
        this.paramNames = paramNames;
        this.posonlyCount = posonlyCount;
        this.argCount = argCount;
        this.kwonlyCount = kwonlyCount;
        this.varargs = varargs;
        this.varkw = varkw;
        this.slotCount = slotCount;
        this.cellSlots = cellSlots;
        this.freeSlots = freeSlots;
        this.resumeCount = resumeCount;
        this.slotNames = slotNames;
        this.positionalParams = !varargs && !varkw && kwonlyCount == 0;
        this.simpleCall = kind == Kind.FUNCTION && !varargs && !varkw && kwonlyCount == 0 && cellSlots.length == 0 && freeSlots.length == 0;
    }

    public String filename() {
        return source.filename;
    }

    /** The instruction index (tb_lasti / 2) that stands for {@code p}; 0 for null. */
    public synchronized int instructionIndex(CodePosition p) {
        if (p == null) {
            return 0;
        }
        int i = instructionPositions.indexOf(p);
        if (i < 0) {
            i = instructionPositions.size();
            instructionPositions.add(p);
        }
        return i;
    }

    /** The positions indexed so far (entry 0, unknown, has negative columns). */
    public synchronized java.util.List<CodePosition> instructionPositions() {
        return new java.util.ArrayList<>(instructionPositions);
    }
}
