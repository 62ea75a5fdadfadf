package dev.eddy.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Standard output on a terminal, as CPython buffers it there: flushed whenever a newline is written. */
final class LineBufferedOutputStream extends BufferedOutputStream {

    LineBufferedOutputStream(OutputStream out) {
        super(out, 8192);
    }

    @Override
    public synchronized void write(int b) throws IOException {
        super.write(b);
        if (b == '\n') {
            flush();
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        super.write(b, off, len);
        for (int i = off + len - 1; i >= off; i--) {
            if (b[i] == '\n') {
                flush();
                return;
            }
        }
    }
}
