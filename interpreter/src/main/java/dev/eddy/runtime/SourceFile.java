package dev.eddy.runtime;

/** A module's source text, kept so tracebacks can quote lines. */
public final class SourceFile {
    public final String filename;
    private final String[] lines;

    public SourceFile(String filename, String text) {
        this.filename = filename;
        this.lines = text.split("\n", -1);
    }

    /** The 1-based line without its newline, or null. */
    public String line(int n) {
        if (n < 1 || n > lines.length) {
            return null;
        }
        String s = lines[n - 1];
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}
