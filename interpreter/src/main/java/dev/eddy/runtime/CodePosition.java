package dev.eddy.runtime;

/**
 * Where an expression stands in its source (1-based lines, 0-based columns in characters, end
 * exclusive): what a traceback underlines with carets, as CPython 3.11 does from an
 * instruction's position. A binary operation or a subscript also carries where its left part
 * ends and its right part starts, which CPython marks with {@code ~} and {@code ^}.
 */
public record CodePosition(int line, int endLine, int col, int endCol, Anchor anchor, int leftEnd, int rightStart) {
    /** What splits the underlined span: nothing, a binary operator, or a subscript's brackets. */
    public enum Anchor { NONE, BINARY, SUBSCRIPT }

    public CodePosition(int line, int endLine, int col, int endCol) {
        this(line, endLine, col, endCol, Anchor.NONE, 0, 0);
    }
}
