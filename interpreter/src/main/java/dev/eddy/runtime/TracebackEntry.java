package dev.eddy.runtime;

/** One line of a traceback: where a frame was when the exception passed through it. */
public record TracebackEntry(String filename, int line, String function, SourceFile source) {
}
