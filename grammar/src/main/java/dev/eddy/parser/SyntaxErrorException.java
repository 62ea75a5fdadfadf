package dev.eddy.parser;

import java.nio.charset.StandardCharsets;

/**
 * A syntax error with the fields of CPython's SyntaxError: kind ("SyntaxError",
 * "IndentationError" or "TabError"), msg, filename, lineno (1-based), offset (1-based
 * column of the caret), text (the offending source line), end_lineno and end_offset.
 * Offsets that CPython leaves unset are 0 or -1, exactly as CPython sets them. Offsets count
 * what CPython 3.11 counts: UTF-8 bytes for errors found by the parser, characters for
 * those its tokenizer raises (the same thing on ASCII lines). One more
 * kind exists for pathological input: "RecursionError" (nesting too deep to compile),
 * which CPython reports without a location.
 */
public class SyntaxErrorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String msg;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final String text;
    private final int endLineno;
    private final int endOffset;

    public SyntaxErrorException(String kind, String msg, String filename, int lineno, int offset, String text,
                                int endLineno, int endOffset) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.text = text;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
    }

    /** "SyntaxError", "IndentationError" or "TabError". */
    public String getKind() {
        return kind;
    }

    public String getMsg() {
        return msg;
    }

    public String getFilename() {
        return filename;
    }

    public int getLineno() {
        return lineno;
    }

    public int getOffset() {
        return offset;
    }

    /** The source line the error is on, or null; it may end with a line break, as in CPython. */
    public String getText() {
        return text;
    }

    public int getEndLineno() {
        return endLineno;
    }

    public int getEndOffset() {
        return endOffset;
    }

    /**
     * The report CPython prints for this error when it stops a program, e.g.
     * <pre>
     *   File "x.py", line 3
     *     foo(
     *        ^
     * SyntaxError: '(' was never closed
     * </pre>
     * (pythonrun.c's print_exception and print_error_text).
     */
    public String format() {
        if (kind.equals("RecursionError")) {
            return kind + ": " + msg + "\n";
        }
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(filename).append("\", line ").append(lineno).append('\n');
        if (text != null) {
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            // CPython only reads end_lineno and end_offset from SyntaxError itself, not its subclasses.
            boolean exact = kind.equals("SyntaxError");
            int end = exact ? endOffset : -1;
            if (exact && endLineno > lineno) {
                end = b.length;
            }
            if (end > b.length + 1) {
                end = b.length + 1;
            }
            appendErrorText(sb, offset, end, b);
        }
        sb.append(kind).append(": ").append(msg).append('\n');
        return sb.toString();
    }

    /** pythonrun.c's print_error_text, which counts in UTF-8 bytes. */
    private static void appendErrorText(StringBuilder sb, int offset, int endOffset, byte[] b) {
        int carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        int off = offset - 1;
        int start = 0;
        while (start < b.length && (b[start] == ' ' || b[start] == '\t' || b[start] == '\f')) {
            start++;
            off--;
        }
        int len = b.length - start;
        if (len > 0 && b[b.length - 1] == '\n') {
            len--;
        }
        if (off > len) {
            off = len;
        }
        while (true) {
            int nl = -1;
            for (int i = start; i < b.length; i++) {
                if (b[i] == '\n') {
                    nl = i - start;
                    break;
                }
            }
            if (nl < 0 || nl >= off) {
                break;
            }
            start += nl + 1;
            len -= nl + 1;
            off -= nl + 1;
        }
        sb.append("    ").append(new String(b, start, b.length - start, StandardCharsets.UTF_8));
        if (!(start + len < b.length && b[start + len] == '\n')) {
            sb.append('\n');
        }
        if (off < 0) {
            return;
        }
        sb.append("    ");
        sb.append(" ".repeat(off));
        sb.append("^".repeat(carets));
        sb.append('\n');
    }

    @Override
    public String toString() {
        return kind + ": " + msg + " (" + filename + ", line " + lineno + ")";
    }
}
