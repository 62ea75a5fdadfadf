package dev.eddy.ast;

/**
 * A node's source span: 1-based lines, 0-based columns counted in characters,
 * end exclusive, as CPython's lineno/col_offset/end_lineno/end_col_offset.
 */
public record Pos(int line, int col, int endLine, int endCol) {
    public static final Pos NONE = new Pos(0, 0, 0, 0);
}
