package dev.eddy.runtime;

/**
 * One line of a traceback: where a frame was when the exception passed through it, and the
 * expression it was evaluating there when that is known (null otherwise).
 */
public record TracebackEntry(String filename, int line, String function, SourceFile source, Frame frame, CodePosition position) {
    public TracebackEntry(String filename, int line, String function, SourceFile source, Frame frame) {
        this(filename, line, function, source, frame, null);
    }

    /** An entry with no frame to show (tb_frame is None). */
    public TracebackEntry(String filename, int line, String function, SourceFile source) {
        this(filename, line, function, source, null);
    }
}
