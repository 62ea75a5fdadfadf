package dev.eddy.stdlib.net;

import dev.eddy.stdlib.io.Errno;
import dev.eddy.stdlib.io.OsState;

import java.io.IOException;
import java.nio.channels.Channel;
import java.nio.channels.FileChannel;
import java.nio.channels.Pipe;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * poll(2) over the interpreter's descriptors: which of them are ready to read or write,
 * waiting on a NIO {@link Selector} made for the call. Sockets are always in non-blocking
 * mode; a pipe end is switched to it while registered and back afterwards. Regular files and
 * the standard streams count as always ready, as Linux reports regular files.
 */
final class Readiness {
    static final int POLLIN = 1;
    static final int POLLPRI = 2;
    static final int POLLOUT = 4;
    static final int POLLERR = 8;
    static final int POLLHUP = 16;
    static final int POLLNVAL = 32;

    private Readiness() {
    }

    /**
     * The events (POLLIN, POLLOUT, ...) each descriptor has of those asked for in {@code masks};
     * {@code timeoutMillis} negative waits without limit. A descriptor that is not open gets
     * POLLNVAL.
     */
    static int[] poll(OsState os, int[] fds, int[] masks, long timeoutMillis) {
        int n = fds.length;
        int[] revents = new int[n];
        boolean readyNow = false;
        List<SelectableChannel> flipped = new ArrayList<>();
        Selector sel = null;
        try {
            sel = Selector.open();
            for (int i = 0; i < n; i++) {
                int want = masks[i];
                if (!os.isOpen(fds[i])) {
                    revents[i] = POLLNVAL;
                    readyNow = true;
                    continue;
                }
                Channel ch = os.get(fds[i]).channel();
                SelectableChannel sc;
                int ops = 0;
                if (ch instanceof SocketHandle h) {
                    sc = h.channel();
                    if (sc == null) {
                        // a stream socket neither bound nor connected: Linux says writable and hung up
                        revents[i] = (want & POLLOUT) | POLLHUP;
                        readyNow = true;
                        continue;
                    }
                    if ((want & POLLIN) != 0) {
                        ops |= sc instanceof ServerSocketChannel ? SelectionKey.OP_ACCEPT : SelectionKey.OP_READ;
                    }
                    if ((want & POLLOUT) != 0 && !(sc instanceof ServerSocketChannel)) {
                        ops |= h.isConnecting() ? SelectionKey.OP_CONNECT : SelectionKey.OP_WRITE;
                    }
                } else if (ch instanceof SelectableChannel pipeEnd) {
                    sc = pipeEnd;
                    if (sc.isBlocking()) {
                        sc.configureBlocking(false);
                        flipped.add(sc);
                    }
                    if (sc instanceof Pipe.SourceChannel && (want & POLLIN) != 0) {
                        ops |= SelectionKey.OP_READ;
                    }
                    if (sc instanceof Pipe.SinkChannel && (want & POLLOUT) != 0) {
                        ops |= SelectionKey.OP_WRITE;
                    }
                } else {
                    revents[i] = want & (POLLIN | POLLOUT);
                    readyNow |= revents[i] != 0;
                    continue;
                }
                if (ops == 0) {
                    continue;
                }
                SelectionKey key = sc.keyFor(sel);
                if (key == null) {
                    List<Integer> who = new ArrayList<>();
                    who.add(i);
                    sc.register(sel, ops, who);
                } else {
                    key.interestOps(key.interestOps() | ops);
                    @SuppressWarnings("unchecked")
                    List<Integer> who = (List<Integer>) key.attachment();
                    who.add(i);
                }
            }
            if (readyNow || timeoutMillis == 0) {
                sel.selectNow();
            } else {
                Selector waiting = sel;
                long millis = timeoutMillis;
                try {
                    // other threads run while this one waits
                    dev.eddy.runtime.Blocking.io(() -> millis < 0 ? waiting.select() : waiting.select(Math.max(1, millis)));
                } catch (InterruptedException e) {
                    throw new java.io.InterruptedIOException();
                }
            }
            for (SelectionKey key : sel.selectedKeys()) {
                int ready = key.readyOps();
                int ev = 0;
                if ((ready & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0) {
                    ev |= POLLIN;
                }
                if ((ready & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0) {
                    ev |= POLLOUT;
                }
                @SuppressWarnings("unchecked")
                List<Integer> who = (List<Integer>) key.attachment();
                for (int i : who) {
                    int got = ev & masks[i];
                    if ((ready & SelectionKey.OP_CONNECT) != 0 && os.get(fds[i]).channel() instanceof SocketHandle h) {
                        h.finishConnectQuietly();
                        if (h.pendingError != 0) {
                            got |= POLLERR;
                        }
                    }
                    revents[i] |= got;
                }
            }
        } catch (IOException e) {
            throw Errno.error(e, null);
        } finally {
            try {
                if (sel != null) {
                    sel.close();
                }
                for (SelectableChannel sc : flipped) {
                    if (sc.isOpen()) {
                        sc.configureBlocking(true);
                    }
                }
            } catch (IOException e) {
                // the channel closed meanwhile: nothing to restore
            }
        }
        return revents;
    }

    /** Whether {@code fd} is a regular file (epoll refuses those). */
    static boolean isRegularFile(OsState os, int fd) {
        return os.get(fd).channel() instanceof FileChannel && os.get(fd).path() != null;
    }
}
