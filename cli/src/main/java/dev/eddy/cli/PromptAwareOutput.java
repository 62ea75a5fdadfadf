package dev.eddy.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The terminal REPL's stdout or stderr: passes bytes through, except while the line editor shows
 * a prompt. Then what a background task prints is gathered into whole lines and handed to the
 * editor, which prints them above the prompt and redraws the line being typed, instead of
 * breaking it.
 */
final class PromptAwareOutput extends OutputStream {
    private final OutputStream target;
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    /** Prints a line above the prompt; non-null while a prompt is shown. */
    private Consumer<String> abovePrompt;

    PromptAwareOutput(OutputStream target) {
        this.target = target;
    }

    /** From now on, until {@link #promptClosed}, output goes above the prompt through {@code printer}. */
    synchronized void promptShown(Consumer<String> printer) throws IOException {
        target.flush();
        abovePrompt = printer;
    }

    /** The prompt is gone: output goes straight to the terminal again, starting with any unfinished line. */
    synchronized void promptClosed() throws IOException {
        abovePrompt = null;
        if (partial.size() > 0) {
            partial.writeTo(target);
            partial.reset();
            target.flush();
        }
    }

    @Override
    public synchronized void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        if (abovePrompt == null) {
            target.write(b, off, len);
            return;
        }
        int start = off;
        for (int i = off; i < off + len; i++) {
            if (b[i] == '\n') {
                partial.write(b, start, i - start);
                abovePrompt.accept(partial.toString(StandardCharsets.UTF_8));
                partial.reset();
                start = i + 1;
            }
        }
        partial.write(b, start, off + len - start);
    }

    @Override
    public synchronized void flush() throws IOException {
        if (abovePrompt == null) {
            target.flush();
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
