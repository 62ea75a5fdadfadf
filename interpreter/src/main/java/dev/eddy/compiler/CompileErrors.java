package dev.eddy.compiler;

import dev.eddy.ast.Pos;
import dev.eddy.parser.SyntaxErrorException;

/** Raises SyntaxErrors found after parsing (scope errors, misplaced yield/await/return/break), CPython's way. */
final class CompileErrors {
    private final String filename;
    private final String[] lines;

    CompileErrors(String filename, String source) {
        this.filename = filename;
        this.lines = source.split("\n", -1);
    }

    void error(String msg, Pos pos) {
        int line = pos == null ? 1 : pos.line();
        int col = pos == null ? 0 : pos.col();
        String text = line >= 1 && line <= lines.length ? lines[line - 1] : "";
        int endLine = pos == null ? line : pos.endLine();
        int endCol = pos == null ? col : pos.endCol();
        throw new SyntaxErrorException("SyntaxError", msg, filename, line, col + 1, text, endLine, endCol + 1);
    }

    /** Nesting too deep to compile: CPython's RecursionError, reported without a location. */
    void tooDeep() {
        throw new SyntaxErrorException("RecursionError", "maximum recursion depth exceeded during compilation", filename,
                0, 0, null, 0, 0);
    }
}
