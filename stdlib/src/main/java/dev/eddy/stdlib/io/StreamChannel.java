package dev.eddy.stdlib.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;

/**
 * A channel over the Java streams an interpreter was given as its standard input, output
 * and error (descriptors 0, 1 and 2). Closing it leaves the Java stream open: the embedder
 * owns it.
 */
final class StreamChannel implements ByteChannel {
    private final InputStream in;
    private final OutputStream out;
    private boolean open = true;

    StreamChannel(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        if (in == null) {
            throw new IOException("Bad file descriptor");
        }
        byte[] b = new byte[dst.remaining()];
        int n = in.read(b, 0, b.length);
        if (n > 0) {
            dst.put(b, 0, n);
        }
        return n;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        if (out == null) {
            throw new IOException("Bad file descriptor");
        }
        int n = src.remaining();
        byte[] b = new byte[n];
        src.get(b);
        out.write(b);
        return n;
    }

    void flush() throws IOException {
        if (out != null) {
            out.flush();
        }
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() throws IOException {
        flush();
        open = false;
    }
}
