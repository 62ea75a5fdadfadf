package dev.eddy.stdlib.asyncio;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.channels.NetworkChannel;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP socket as asyncio shows it (asyncio.trsock.TransportSocket): a listening
 * ServerSocketChannel or a connected SocketChannel, with getsockname()/getpeername().
 */
final class JavaSocket extends PyObject {
    static final PyType TYPE = PyType.builtin("TransportSocket", PyType.OBJECT, null);
    private static final AtomicInteger FDS = new AtomicInteger(100);

    final NetworkChannel channel;
    final int fd = FDS.getAndIncrement();
    /** The selector registration while the loop watches this socket (listening or connecting). */
    java.nio.channels.SelectionKey key;

    JavaSocket(NetworkChannel channel) {
        this.channel = channel;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static PyObject address(SocketAddress a) {
        if (!(a instanceof InetSocketAddress i)) {
            return PyNone.NONE;
        }
        String host = i.getAddress().getHostAddress();
        if (i.getAddress() instanceof Inet6Address) {
            int pct = host.indexOf('%');
            if (pct >= 0) {
                host = host.substring(0, pct);
            }
            return PyTuple.of(new PyStr(host), PyInt.of(i.getPort()), PyInt.of(0), PyInt.of(0));
        }
        return PyTuple.of(new PyStr(host), PyInt.of(i.getPort()));
    }

    PyObject sockname() {
        try {
            return address(channel.getLocalAddress());
        } catch (IOException e) {
            throw osError(e);
        }
    }

    PyObject peername() {
        try {
            if (channel instanceof java.nio.channels.SocketChannel sc) {
                SocketAddress a = sc.getRemoteAddress();
                if (a == null) {
                    throw Errors.of(Exceptions.OS_ERROR, "[Errno 107] Transport endpoint is not connected");
                }
                return address(a);
            }
        } catch (IOException e) {
            throw osError(e);
        }
        throw Errors.of(Exceptions.OS_ERROR, "[Errno 107] Transport endpoint is not connected");
    }

    void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    /** An OSError (ConnectionRefusedError, ...) for a Java I/O failure. */
    static PyException osError(IOException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.net.ConnectException) {
            return Errors.of(Exceptions.CONNECTION_REFUSED_ERROR, "[Errno 111] Connect call failed");
        }
        if (m.contains("Connection reset")) {
            return Errors.of(Exceptions.CONNECTION_RESET_ERROR, "[Errno 104] Connection reset by peer");
        }
        if (m.contains("Broken pipe")) {
            return Errors.of(Exceptions.BROKEN_PIPE_ERROR, "[Errno 32] Broken pipe");
        }
        if (e instanceof java.net.BindException) {
            return Errors.of(Exceptions.OS_ERROR, "[Errno 98] error while attempting to bind on address: address already in use");
        }
        return Errors.of(Exceptions.OS_ERROR, m);
    }

    @Override
    public PyStr repr() {
        String s = "<asyncio.TransportSocket fd=" + fd + ", family=AddressFamily.AF_INET, type=SocketKind.SOCK_STREAM, proto=6";
        try {
            s += ", laddr=" + sockname().repr().value;
        } catch (PyException e) {
            // not bound
        }
        return new PyStr(s + ">");
    }

    static {
        TYPE.module = "asyncio.trsock";
        TYPE.def("getsockname", (a, kw) -> SelfCheck.of(a[0], JavaSocket.class, "TransportSocket").sockname());
        TYPE.def("getpeername", (a, kw) -> SelfCheck.of(a[0], JavaSocket.class, "TransportSocket").peername());
        TYPE.def("fileno", (a, kw) -> PyInt.of(SelfCheck.of(a[0], JavaSocket.class, "TransportSocket").channel.isOpen() ? SelfCheck.of(a[0], JavaSocket.class, "TransportSocket").fd : -1));
        TYPE.def("close", (a, kw) -> {
            SelfCheck.of(a[0], JavaSocket.class, "TransportSocket").close();
            return PyNone.NONE;
        });
        TYPE.def("listen", (a, kw) -> PyNone.NONE);
        TYPE.def("setblocking", (a, kw) -> PyNone.NONE);
        TYPE.def("__repr__", (a, kw) -> a[0].repr());
    }
}
