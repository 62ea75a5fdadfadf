package dev.eddy.runtime;

/** One line of a traceback: where a frame was when the exception passed through it. */
public record TracebackEntry(String filename, int line, String function, SourceFile source, Frame frame) {
    /** An entry with no frame to show (tb_frame is None). */
    public TracebackEntry(String filename, int line, String function, SourceFile source) {
        this(filename, line, function, source, null);
    }
}
