package dev.eddy.parser;

import dev.eddy.ast.Module;

/**
 * The parser's entry points: Python source to {@code dev.eddy.ast.Module}, with CPython
 * 3.11's syntax errors, and the REPL's "is this statement finished?" question.
 */
public final class PythonParser {
    private PythonParser() {
    }

    /**
     * Parses a whole file. Line breaks may be "\n", "\r\n" or "\r"; a byte order mark is
     * ignored; the last line needs no line break.
     *
     * @throws SyntaxErrorException for any syntax error, with CPython's message and location
     *         (and, for input nested too deeply to parse, kind "RecursionError", as CPython's
     *         "maximum recursion depth exceeded during compilation")
     */
    public static Module parseFile(String source, String filename) {
        // Only syntax errors become SyntaxErrorException: any other exception is a bug of Eddy's
        // and goes on to the one internal-error report (exit status 70), where the fuzz suite sees it.
        try {
            return parse(source, filename);
        } catch (StackOverflowError e) {
            // Nesting too deep for the Java stack: CPython gives up on such input too.
            throw new SyntaxErrorException("RecursionError", "maximum recursion depth exceeded during compilation",
                    filename, 0, 0, null, 0, 0);
        }
    }

    /** parseFile without its stack-depth guard (for tests). */
    static Module parse(String source, String filename) {
        String text = normalize(source);
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            int line = 1 + count(text, nul);
            String before = text.substring(text.lastIndexOf('\n', nul) + 1, nul);
            throw new SyntaxErrorException("SyntaxError", "source code cannot contain null bytes", filename, line, 0,
                    before, line, 0);
        }
        return ParseRun.file(text, filename, source.endsWith("\n") || source.endsWith("\r"));
    }

    /**
     * Whether {@code source} (the lines typed so far, joined with "\n", without a final
     * line break unless an empty line was typed) is an incomplete statement that needs more
     * lines, as CPython's codeop.compile_command decides: an open bracket, a backslash at
     * the end, an unterminated triple-quoted string, or a compound statement not yet ended
     * by an empty line. False for complete input and for input with a syntax error.
     */
    public static boolean isIncomplete(String source) {
        return Completeness.isIncomplete(source);
    }

    /** CPython's universal newlines, BOM skipping, and final line break for file input. */
    static String normalize(String source) {
        String s = source;
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        if (s.indexOf('\r') >= 0) {
            s = s.replace("\r\n", "\n").replace('\r', '\n');
        }
        if (s.isEmpty() || s.charAt(s.length() - 1) != '\n') {
            s = s + "\n";
        }
        return s;
    }

    private static int count(String s, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
