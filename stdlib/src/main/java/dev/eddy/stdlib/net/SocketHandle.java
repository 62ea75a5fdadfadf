package dev.eddy.stdlib.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The kernel side of a socket: what its descriptor refers to. A stream socket gets its NIO
 * channel when it is bound (a listening {@link ServerSocketChannel}) or connected (a
 * {@link SocketChannel}); a datagram socket has a {@link DatagramChannel} from the start.
 * The channel is always in non-blocking mode; a blocking call, or one with a timeout, waits
 * on a selector of its own. As a {@link ByteChannel} it serves os.read and os.write.
 */
public final class SocketHandle implements ByteChannel {
    /** Thrown (as an IOException, so errno mapping applies) when a timeout runs out. */
    static final class TimedOut extends IOException {
        TimedOut() {
            super("timed out", null);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    final int family;
    final int type;
    final int proto;
    /** Seconds; negative means blocking without limit, zero non-blocking. */
    double timeout = -1;
    private SelectableChannel channel;
    private Selector waiter;
    private boolean open = true;
    /** A stream socket bound before it connects: the address to bind the client channel to. */
    private SocketAddress boundForConnect;
    /** Options set before the channel exists, applied when it is made. */
    private final Map<SocketOption<Object>, Object> pending = new LinkedHashMap<>();
    /** SO_ERROR: the errno of a failed non-blocking connect, read once. */
    int pendingError;
    private boolean shutRead;

    SocketHandle(int family, int type, int proto) throws IOException {
        this.family = family;
        this.type = type;
        this.proto = proto;
        if (type == SocketModule.SOCK_DGRAM) {
            if (family == SocketModule.AF_UNIX) {
                throw new IOException("Address family not supported by protocol");
            }
            channel = DatagramChannel.open(protocolFamily());
            channel.configureBlocking(false);
        }
    }

    /** A connected stream socket made by accept. */
    SocketHandle(int family, SocketChannel accepted) throws IOException {
        this.family = family;
        this.type = SocketModule.SOCK_STREAM;
        this.proto = 0;
        this.channel = accepted;
        accepted.configureBlocking(false);
    }

    private ProtocolFamily protocolFamily() {
        return family == SocketModule.AF_INET6 ? StandardProtocolFamily.INET6
                : family == SocketModule.AF_UNIX ? StandardProtocolFamily.UNIX : StandardProtocolFamily.INET;
    }

    /** The NIO channel, or null while a stream socket is neither bound nor connected. */
    SelectableChannel channel() {
        return channel;
    }

    boolean isListening() {
        return channel instanceof ServerSocketChannel;
    }

    boolean isConnecting() {
        return channel instanceof SocketChannel sc && sc.isConnectionPending();
    }

    @SuppressWarnings("unchecked")
    private void applyPending(NetworkChannel ch) throws IOException {
        for (Map.Entry<SocketOption<Object>, Object> e : pending.entrySet()) {
            if (ch.supportedOptions().contains(e.getKey())) {
                ch.setOption(e.getKey(), e.getValue());
            }
        }
    }

    // ---- options -----------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    void setOption(SocketOption<?> option, Object value) throws IOException {
        pending.put((SocketOption<Object>) option, value);
        if (channel instanceof NetworkChannel nc && nc.supportedOptions().contains(option)) {
            nc.setOption((SocketOption<Object>) option, value);
        }
    }

    @SuppressWarnings("unchecked")
    Object getOption(SocketOption<?> option) throws IOException {
        if (channel instanceof NetworkChannel nc && nc.supportedOptions().contains(option)) {
            return nc.getOption((SocketOption<Object>) option);
        }
        return pending.get(option);
    }

    // ---- waiting -----------------------------------------------------------------------

    /**
     * Waits until the channel is ready for {@code ops}, for as long as the timeout allows.
     * {@code deadline} is in System.nanoTime() terms, or 0 for no limit.
     */
    private void await(int ops, long deadline) throws IOException {
        if (waiter == null) {
            waiter = Selector.open();
        }
        SelectionKey key = channel.keyFor(waiter);
        if (key == null) {
            key = channel.register(waiter, ops);
        } else {
            key.interestOps(ops);
        }
        while (true) {
            long wait = 0;
            if (deadline != 0) {
                wait = (deadline - System.nanoTime()) / 1_000_000;
                if (wait <= 0) {
                    throw new TimedOut();
                }
            }
            long millis = wait;
            int n;
            try {
                // other threads run while this one waits
                n = dev.eddy.runtime.Blocking.io(() -> millis == 0 ? waiter.select() : waiter.select(millis));
            } catch (InterruptedException e) {
                throw new java.io.InterruptedIOException();
            }
            waiter.selectedKeys().clear();
            if (n > 0) {
                return;
            }
        }
    }

    /** The deadline for one call: 0 for none; throws EAGAIN-style when non-blocking. */
    private long deadline() {
        return timeout > 0 ? System.nanoTime() + (long) (timeout * 1e9) : 0;
    }

    private static IOException wouldBlock() {
        return new IOException("Resource temporarily unavailable");
    }

    // ---- the calls ---------------------------------------------------------------------

    void bind(SocketAddress address) throws IOException {
        if (channel instanceof DatagramChannel dc) {
            dc.bind(address);
            return;
        }
        if (channel != null || boundForConnect != null) {
            throw new IOException("Invalid argument");
        }
        // most stream sockets that bind are about to listen: bind a server channel now,
        // so the port is taken and getsockname answers
        ServerSocketChannel server = ServerSocketChannel.open(protocolFamily());
        applyPending(server);
        server.configureBlocking(false);
        try {
            server.bind(address, 1);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        channel = server;
        boundForConnect = server.getLocalAddress();
    }

    void listen(int backlog) throws IOException {
        if (channel instanceof ServerSocketChannel server) {
            if (backlog > 1) {
                // Java binds and listens in one call: rebind to the same address with the backlog
                SocketAddress at = server.getLocalAddress();
                server.close();
                ServerSocketChannel again = ServerSocketChannel.open(protocolFamily());
                applyPending(again);
                again.configureBlocking(false);
                again.bind(at, backlog);
                channel = again;
            }
            return;
        }
        if (channel == null) {
            bind(family == SocketModule.AF_INET6 ? new InetSocketAddress("::", 0) : new InetSocketAddress("0.0.0.0", 0));
            listen(backlog);
            return;
        }
        throw new IOException(channel instanceof DatagramChannel ? "Operation not supported" : "Invalid argument");
    }

    SocketChannel accept() throws IOException {
        if (!(channel instanceof ServerSocketChannel server)) {
            throw new IOException("Invalid argument");
        }
        long deadline = deadline();
        while (true) {
            SocketChannel c = server.accept();
            if (c != null) {
                return c;
            }
            if (timeout == 0) {
                throw wouldBlock();
            }
            await(SelectionKey.OP_ACCEPT, deadline);
        }
    }

    /** connect(2); with a non-blocking socket, EINPROGRESS when the connection is not made yet. */
    void connect(SocketAddress address) throws IOException {
        if (channel instanceof DatagramChannel dc) {
            dc.connect(address);
            return;
        }
        if (channel instanceof SocketChannel sc && sc.isConnected()) {
            throw new IOException("Transport endpoint is already connected");
        }
        if (channel instanceof SocketChannel sc && sc.isConnectionPending()) {
            throw new IOException("Operation already in progress");
        }
        SocketAddress bindTo = null;
        if (channel instanceof ServerSocketChannel server) {
            bindTo = boundForConnect;
            server.close();
            channel = null;
        }
        SocketChannel sc = SocketChannel.open(protocolFamily());
        applyPending(sc);
        sc.configureBlocking(false);
        if (bindTo != null) {
            sc.bind(bindTo);
        }
        channel = sc;
        if (sc.connect(address)) {
            return;
        }
        if (timeout == 0) {
            throw new IOException("Operation now in progress");
        }
        long deadline = deadline();
        while (true) {
            await(SelectionKey.OP_CONNECT, deadline);
            if (sc.finishConnect()) {
                return;
            }
        }
    }

    /** Completes a non-blocking connect the program waited for, keeping its error for SO_ERROR. */
    void finishConnectQuietly() {
        if (channel instanceof SocketChannel sc && sc.isConnectionPending()) {
            try {
                sc.finishConnect();
            } catch (IOException e) {
                pendingError = dev.eddy.stdlib.io.Errno.of(e);
            }
        }
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        if (channel instanceof DatagramChannel dc) {
            return receive(dst, null);
        }
        if (!(channel instanceof SocketChannel sc) || !sc.isConnected()) {
            throw new IOException("Transport endpoint is not connected");
        }
        if (shutRead) {
            return -1;
        }
        long deadline = deadline();
        while (true) {
            int n = sc.read(dst);
            if (n != 0 || !dst.hasRemaining()) {
                return n;
            }
            if (timeout == 0) {
                throw wouldBlock();
            }
            await(SelectionKey.OP_READ, deadline);
        }
    }

    /** recvfrom(2) on a datagram socket: fills {@code dst}, and {@code from[0]} with the sender. */
    int receive(ByteBuffer dst, SocketAddress[] from) throws IOException {
        if (!(channel instanceof DatagramChannel dc)) {
            int n = read(dst);
            return n;
        }
        long deadline = deadline();
        int start = dst.position();
        while (true) {
            SocketAddress a = dc.receive(dst);
            if (a != null) {
                if (from != null) {
                    from[0] = a;
                }
                return dst.position() - start;
            }
            if (timeout == 0) {
                throw wouldBlock();
            }
            await(SelectionKey.OP_READ, deadline);
        }
    }

    /** send(2): at least one byte unless non-blocking and full. */
    @Override
    public int write(ByteBuffer src) throws IOException {
        if (channel instanceof DatagramChannel dc) {
            if (!dc.isConnected()) {
                throw new IOException("Destination address required");
            }
            return sendTo(src, null);
        }
        if (!(channel instanceof SocketChannel sc) || !sc.isConnected()) {
            throw new IOException(channel instanceof SocketChannel ? "Transport endpoint is not connected" : "Broken pipe");
        }
        long deadline = deadline();
        while (true) {
            int n = sc.write(src);
            if (n > 0 || !src.hasRemaining()) {
                return n;
            }
            if (timeout == 0) {
                throw wouldBlock();
            }
            await(SelectionKey.OP_WRITE, deadline);
        }
    }

    int sendTo(ByteBuffer src, SocketAddress to) throws IOException {
        if (!(channel instanceof DatagramChannel dc)) {
            if (to != null && channel instanceof SocketChannel sc && sc.isConnected()) {
                throw new IOException("Transport endpoint is already connected");
            }
            return write(src);
        }
        long deadline = deadline();
        while (true) {
            int n = to == null ? dc.write(src) : dc.send(src, to);
            if (n > 0 || !src.hasRemaining()) {
                return n;
            }
            if (timeout == 0) {
                throw wouldBlock();
            }
            await(SelectionKey.OP_WRITE, deadline);
        }
    }

    /** sendall: every byte, the timeout covering the whole call. */
    void sendAll(ByteBuffer src) throws IOException {
        if (!(channel instanceof SocketChannel sc) || !sc.isConnected()) {
            while (src.hasRemaining()) {
                write(src);
            }
            return;
        }
        long deadline = deadline();
        while (src.hasRemaining()) {
            if (sc.write(src) == 0) {
                if (timeout == 0) {
                    throw wouldBlock();
                }
                await(SelectionKey.OP_WRITE, deadline);
            }
        }
    }

    void shutdown(int how) throws IOException {
        if (!(channel instanceof SocketChannel sc) || !sc.isConnected()) {
            throw new IOException("Transport endpoint is not connected");
        }
        if (how == 0 || how == 2) {
            sc.shutdownInput();
            shutRead = true;
        }
        if (how == 1 || how == 2) {
            sc.shutdownOutput();
        }
    }

    SocketAddress localAddress() throws IOException {
        if (channel instanceof NetworkChannel nc) {
            SocketAddress a = nc.getLocalAddress();
            if (a != null) {
                return a;
            }
        }
        if (boundForConnect != null) {
            return boundForConnect;
        }
        return family == SocketModule.AF_UNIX ? UnixDomainSocketAddress.of("")
                : family == SocketModule.AF_INET6 ? new InetSocketAddress("::", 0) : new InetSocketAddress("0.0.0.0", 0);
    }

    SocketAddress remoteAddress() throws IOException {
        SocketAddress a = null;
        if (channel instanceof SocketChannel sc && sc.isConnected()) {
            a = sc.getRemoteAddress();
        } else if (channel instanceof DatagramChannel dc && dc.isConnected()) {
            a = dc.getRemoteAddress();
        }
        if (a == null) {
            throw new IOException("Transport endpoint is not connected");
        }
        return a;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() throws IOException {
        open = false;
        try {
            if (waiter != null) {
                waiter.close();
            }
        } finally {
            if (channel != null) {
                channel.close();
            }
        }
    }
}
