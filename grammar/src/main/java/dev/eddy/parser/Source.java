package dev.eddy.parser;

import java.util.Arrays;

/**
 * The text being parsed, with what error reports need: its lines, the file name, and for an
 * f-string replacement field the line it starts on in the enclosing file and the message
 * prefix ("f-string: ").
 */
final class Source {
    final String text;
    final String filename;
    /** Added to line numbers: non-zero for the expression of an f-string replacement field. */
    final int lineDelta;
    /** Prefixed to parser messages: "f-string: " inside a replacement field. */
    final String messagePrefix;
    /**
     * Added to the columns of parser errors below the first line of an f-string replacement
     * field: CPython subtracts the field's starting column there too.
     */
    final int laterLinesColShift;
    /** Whether the text as given ended with a line break (CPython shows the last line without one otherwise). */
    final boolean endsWithNewline;
    private final int[] lineStarts;

    Source(String text, String filename, int lineDelta, String messagePrefix) {
        this(text, filename, lineDelta, messagePrefix, 0, true);
    }

    Source(String text, String filename, int lineDelta, String messagePrefix, int laterLinesColShift,
           boolean endsWithNewline) {
        this.text = text;
        this.endsWithNewline = endsWithNewline;
        this.filename = filename;
        this.lineDelta = lineDelta;
        this.messagePrefix = messagePrefix;
        this.laterLinesColShift = laterLinesColShift;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    /** Number of lines with text (a final line break does not start another). */
    int lineCount() {
        int n = lineStarts.length;
        return lineStarts[n - 1] == text.length() ? n - 1 : n;
    }

    /** Line {@code line} (1-based, in this text's numbering) without its line break, or null. */
    String line(int line) {
        if (line < 1 || line > lineStarts.length) {
            return null;
        }
        int start = lineStarts[line - 1];
        if (start >= text.length() && line > 1) {
            return null;
        }
        int end = text.indexOf('\n', start);
        return end < 0 ? text.substring(start) : text.substring(start, end);
    }

    /**
     * A syntax error at a position of this text (line in this text's numbering, 1-based
     * offsets as CPython reports them); {@code withNewline} says whether CPython's text
     * keeps the line break (it does for parser errors, read back from the file, not for
     * the tokenizer's own errors).
     */
    SyntaxErrorException error(String kind, String msg, int line, int offset, int endLine, int endOffset,
                               boolean withNewline) {
        int off = line > 1 ? offset + laterLinesColShift : offset;
        int endOff = endLine > 1 ? endOffset + laterLinesColShift : endOffset;
        return build(kind, messagePrefix + msg, line, off, endLine, endOff, withNewline, true);
    }

    /**
     * As above, for an error of CPython's tokenizer: not prefixed with "f-string: ", and
     * counted in characters when the tokenizer raised it itself ({@code bytes} false), in
     * UTF-8 bytes when the parser reported it for the tokenizer.
     */
    SyntaxErrorException tokenizerError(String kind, String msg, int line, int offset, int endLine, int endOffset,
                                        boolean withNewline, boolean bytes) {
        return build(kind, msg, line, offset, endLine, endOffset, withNewline, bytes);
    }

    private SyntaxErrorException build(String kind, String msg, int line, int offset, int endLine, int endOffset,
                                       boolean withNewline, boolean bytes) {
        String t = line(line);
        if (endLine > line && t != null && endOffset > t.length() + 1) {
            // CPython converts the end column against the first line of the range, clipping it.
            endOffset = t.length() + 1;
        }
        if (bytes) {
            // CPython 3.11 reports the parser's columns in UTF-8 bytes (it matters on lines
            // with non-ASCII characters, and its caret is placed by that count).
            offset = toBytes(t, offset);
            endOffset = toBytes(endLine == line ? t : line(endLine), endOffset);
        }
        if (t != null && withNewline && hasNewline(line)) {
            t = t + "\n";
        }
        return new SyntaxErrorException(kind, msg, filename, line + lineDelta, offset, t,
                endLine + lineDelta, endOffset);
    }

    private static int toBytes(String text, int offset) {
        if (text == null || offset <= 1) {
            return offset;
        }
        int chars = Math.min(offset - 1, text.codePointCount(0, text.length()));
        int end = text.offsetByCodePoints(0, chars);
        int n = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 4 : Character.isLowSurrogate(c) ? 0 : 3;
        }
        return n + 1 + (offset - 1 - chars);
    }

    private boolean hasNewline(int line) {
        return line < lineStarts.length && (endsWithNewline || line < lineCount());
    }
}
