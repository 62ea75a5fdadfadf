package dev.eddy.parser;

/**
 * A syntax error with the fields of CPython's SyntaxError: kind ("SyntaxError",
 * "IndentationError" or "TabError"), msg, filename, lineno (1-based), offset (1-based
 * column of the caret), text (the offending source line), end_lineno and end_offset.
 * Offsets that CPython leaves unset are 0 or -1, exactly as CPython sets them.
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
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(filename).append("\", line ").append(lineno).append('\n');
        if (text != null) {
            int end = endOffset;
            if (endLineno > lineno) {
                end = text.length();
            }
            if (end > text.length() + 1) {
                end = text.length() + 1;
            }
            appendErrorText(sb, offset, end, text);
        }
        sb.append(kind).append(": ").append(msg).append('\n');
        return sb.toString();
    }

    private static void appendErrorText(StringBuilder sb, int offset, int endOffset, String text) {
        int carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        int off = offset - 1;
        int start = 0;
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t'
                || text.charAt(start) == '\f')) {
            start++;
            off--;
        }
        String t = text.substring(start);
        int len = t.length();
        if (len > 0 && t.charAt(len - 1) == '\n') {
            len--;
        }
        if (off > len) {
            off = len;
        }
        while (true) {
            int nl = t.indexOf('\n');
            if (nl < 0 || nl >= off) {
                break;
            }
            t = t.substring(nl + 1);
            len -= nl + 1;
            off -= nl + 1;
        }
        sb.append("    ").append(t);
        if (!(len < t.length() && t.charAt(len) == '\n')) {
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
