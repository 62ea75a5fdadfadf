package dev.eddy.stdlib.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channel;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;

/**
 * What a file descriptor refers to (the kernel's "open file description"): a channel and
 * the flags it was opened with. Descriptors made by dup share one; the channel closes
 * when the last of them does.
 */
public final class OpenFile {
    final Channel channel;
    final boolean readable;
    final boolean writable;
    final boolean append;
    /** The file the channel was opened on, or null (standard streams, pipes). */
    final Path path;
    /** Whether this is a terminal (only the standard streams can be). */
    final boolean tty;
    int references;

    OpenFile(Channel channel, boolean readable, boolean writable, boolean append, Path path, boolean tty) {
        this.channel = channel;
        this.readable = readable;
        this.writable = writable;
        this.append = append;
        this.path = path;
        this.tty = tty;
    }

    /**
     * An open file over any channel (a socket, a child process's stream): readable and
     * writable as the channel allows.
     */
    public static OpenFile of(Channel channel, boolean readable, boolean writable) {
        return new OpenFile(channel, readable, writable, false, null, false);
    }

    /** The channel behind the descriptor. */
    public Channel channel() {
        return channel;
    }

    /** One more holder of this open file besides descriptors (a running child process). */
    public synchronized void retain() {
        references++;
    }

    /** Drops a holder added by {@link #retain}; the channel closes when none is left. */
    public synchronized void release() throws IOException {
        if (--references == 0) {
            channel.close();
        }
    }

    /** The file opened, or null for the standard streams and pipes. */
    public Path path() {
        return path;
    }

    public boolean isTerminal() {
        return tty;
    }

    /** A pipe's two ends, as os.pipe() makes them. */
    public static OpenFile[] pipe() throws IOException {
        java.nio.channels.Pipe p = java.nio.channels.Pipe.open();
        return new OpenFile[] {new OpenFile(p.source(), true, false, false, null, false),
            new OpenFile(p.sink(), false, true, false, null, false)};
    }

    boolean seekable() {
        return channel instanceof SeekableByteChannel;
    }

    /** read(2): up to {@code n} bytes, fewer at the end, none at end of file. */
    public int read(byte[] into, int off, int n) throws IOException {
        if (!readable || !(channel instanceof ReadableByteChannel rc)) {
            throw new IOException("Bad file descriptor");
        }
        ByteBuffer bb = ByteBuffer.wrap(into, off, n);
        int got = 0;
        while (bb.hasRemaining()) {
            int r = channel instanceof FileChannel ? rc.read(bb) : blockingRead(rc, bb);
            if (r < 0) {
                break;
            }
            got += r;
            // a pipe or terminal returns what is there: stop once something came
            if (r == 0 || !(channel instanceof FileChannel)) {
                if (got > 0) {
                    break;
                }
            }
        }
        return got;
    }

    /** A read from a pipe or terminal, which may wait long: other threads run meanwhile. */
    private static int blockingRead(ReadableByteChannel rc, ByteBuffer bb) throws IOException {
        try {
            return dev.eddy.runtime.Blocking.io(() -> rc.read(bb));
        } catch (InterruptedException e) {
            throw new java.io.InterruptedIOException();
        }
    }

    /**
     * How many bytes a read of {@code n} can return, so that a huge request does not allocate
     * a huge array: what is left of a regular file, or one pipe buffer's worth.
     */
    public int readLimit(long n) throws IOException {
        if (channel instanceof FileChannel fc && path != null && java.nio.file.Files.isRegularFile(path)) {
            return (int) Math.min(n, Math.max(0, Math.min(fc.size() - fc.position(), Integer.MAX_VALUE - 16)));
        }
        return (int) Math.min(n, 1 << 16);
    }

    /** write(2) of all the bytes given. */
    public int write(byte[] data, int off, int n) throws IOException {
        if (!writable || !(channel instanceof WritableByteChannel wc)) {
            throw new IOException("Bad file descriptor");
        }
        if (append && channel instanceof FileChannel fc) {
            fc.position(fc.size());
        }
        ByteBuffer bb = ByteBuffer.wrap(data, off, n);
        while (bb.hasRemaining()) {
            wc.write(bb);
        }
        if (!(channel instanceof FileChannel) && channel instanceof StreamChannel sc) {
            sc.flush();
        }
        return n;
    }

    /** lseek(2). */
    public long seek(long offset, int whence) throws IOException {
        if (!(channel instanceof SeekableByteChannel sc)) {
            throw new IOException("Illegal seek");
        }
        long base = whence == 0 ? 0 : whence == 1 ? sc.position() : sc.size();
        long target = base + offset;
        if (target < 0) {
            throw new IOException("Invalid argument");
        }
        sc.position(target);
        return target;
    }

    long size() throws IOException {
        return channel instanceof SeekableByteChannel sc ? sc.size() : 0;
    }

    public void truncate(long size) throws IOException {
        if (!(channel instanceof FileChannel fc) || !writable) {
            throw new IOException("Invalid argument");
        }
        long pos = fc.position();
        if (size > fc.size()) {
            // ftruncate extends with zeros
            fc.write(ByteBuffer.wrap(new byte[1]), size - 1);
        } else {
            fc.truncate(size);
        }
        fc.position(pos);
    }

    public void sync() throws IOException {
        if (channel instanceof FileChannel fc) {
            fc.force(true);
        } else if (channel instanceof StreamChannel sc) {
            sc.flush();
        }
    }
}
