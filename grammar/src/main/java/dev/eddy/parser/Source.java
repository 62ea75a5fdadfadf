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
    private final int[] lineStarts;

    Source(String text, String filename, int lineDelta, String messagePrefix) {
        this(text, filename, lineDelta, messagePrefix, 0);
    }

    Source(String text, String filename, int lineDelta, String messagePrefix, int laterLinesColShift) {
        this.text = text;
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
     * keeps the line break (it does for parser errors, not for tokenizer ones).
     */
    SyntaxErrorException error(String kind, String msg, int line, int offset, int endLine, int endOffset,
                               boolean withNewline) {
        int off = line > 1 ? offset + laterLinesColShift : offset;
        int endOff = endLine > 1 ? endOffset + laterLinesColShift : endOffset;
        return build(kind, messagePrefix + msg, line, off, endLine, endOff, withNewline);
    }

    /** As above, for a tokenizer error: CPython does not prefix those with "f-string: ". */
    SyntaxErrorException tokenizerError(String kind, String msg, int line, int offset, int endLine, int endOffset,
                                        boolean withNewline) {
        return build(kind, msg, line, offset, endLine, endOffset, withNewline);
    }

    private SyntaxErrorException build(String kind, String msg, int line, int offset, int endLine, int endOffset,
                                       boolean withNewline) {
        String t = line(line);
        if (t != null && withNewline && hasNewline(line)) {
            t = t + "\n";
        }
        return new SyntaxErrorException(kind, msg, filename, line + lineDelta, offset, t,
                endLine + lineDelta, endOffset);
    }

    private boolean hasNewline(int line) {
        return line < lineStarts.length;
    }
}
