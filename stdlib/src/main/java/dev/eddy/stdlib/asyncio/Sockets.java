package dev.eddy.stdlib.asyncio;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.UnknownHostException;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * The loop's socket primitives (the selector half of BaseSelectorEventLoop): listening,
 * accepting, non-blocking connect and making transports. create_server,
 * create_connection and the streams API are built on them in asyncio.py.
 */
final class Sockets {
    private Sockets() {
    }

    private static EventLoop loop(PyObject o) {
        return (EventLoop) o;
    }

    private static InetAddress[] resolve(PyObject host) {
        try {
            if (host == null || host == PyNone.NONE || host instanceof PyStr s && s.value.isEmpty()) {
                return new InetAddress[] {InetAddress.getByName("0.0.0.0")};
            }
            return InetAddress.getAllByName(host.str().value);
        } catch (UnknownHostException e) {
            throw Errors.of(Exceptions.OS_ERROR, "[Errno -2] Name or service not known");
        }
    }

    /** Binds listening sockets for (host, port): one per resolved address. */
    private static PyObject bindListen(PyObject host, PyObject port, int backlog, boolean reuse) {
        PyList out = new PyList();
        int p = port == PyNone.NONE ? 0 : Ops.toInt(port);
        for (InetAddress addr : resolve(host)) {
            try {
                ServerSocketChannel ch = ServerSocketChannel.open();
                if (reuse) {
                    ch.setOption(StandardSocketOptions.SO_REUSEADDR, true);
                }
                ch.configureBlocking(false);
                try {
                    ch.bind(new InetSocketAddress(addr, p), backlog);
                } catch (IOException e) {
                    ch.close();
                    String a = PyTuple.of(new PyStr(addr.getHostAddress()), dev.eddy.runtime.PyInt.of(p)).repr().value;
                    throw Errors.of(Exceptions.OS_ERROR, "[Errno 98] error while attempting to bind on address " + a + ": address already in use");
                }
                out.append(new JavaSocket(ch));
            } catch (IOException e) {
                throw JavaSocket.osError(e);
            }
        }
        return out;
    }

    /** Accepts connections on {@code sock}, starting _accept_connection2 as a task for each. */
    private static void startServing(EventLoop loop, PyObject factory, JavaSocket sock, PyObject server, int backlog) {
        ServerSocketChannel ch = (ServerSocketChannel) sock.channel;
        Handle accept = new Handle(new SocketTransport.LoopCallbackObject("_accept_connection", () -> {
            for (int i = 0; i < backlog; i++) {
                SocketChannel conn;
                try {
                    conn = ch.accept();
                } catch (IOException e) {
                    return;
                }
                if (conn == null) {
                    return;
                }
                JavaSocket cs = new JavaSocket(conn);
                PyObject coro = AsyncioState.get().module.get("_accept_connection2").call(loop, factory, cs, server);
                loop.createTask(coro, null);
            }
        }), Args.EMPTY, loop);
        try {
            SelectionKey k = ch.register(loop.selector(), SelectionKey.OP_ACCEPT, (IoRegistration) (key, l) -> {
                if (key.isValid() && key.isAcceptable()) {
                    l.addCallback(accept);
                }
            });
            loop.registeredChannels++;
            sock.key = k;
        } catch (IOException e) {
            throw JavaSocket.osError(e);
        }
    }

    private static void stopServing(EventLoop loop, JavaSocket sock) {
        if (sock.key != null) {
            sock.key.cancel();
            sock.key = null;
            loop.registeredChannels--;
        }
        sock.close();
    }

    /** A future for a non-blocking connect to (host, port); its result is the connected socket. */
    private static PyObject connect(EventLoop loop, PyObject host, PyObject port) {
        PyFuture fut = new PyFuture(loop);
        int p = Ops.toInt(port);
        InetAddress[] addrs = resolve(host);
        InetSocketAddress target = new InetSocketAddress(addrs[0], p);
        String shown = PyTuple.of(new PyStr(addrs[0].getHostAddress()), dev.eddy.runtime.PyInt.of(p)).repr().value;
        try {
            SocketChannel ch = SocketChannel.open();
            ch.configureBlocking(false);
            JavaSocket js = new JavaSocket(ch);
            boolean done;
            try {
                done = ch.connect(target);
            } catch (IOException e) {
                ch.close();
                fut.setExceptionUnchecked(Exceptions.make(Exceptions.CONNECTION_REFUSED_ERROR, "[Errno 111] Connect call failed " + shown));
                return fut;
            }
            if (done) {
                fut.setResult(js);
                return fut;
            }
            Handle finish = new Handle(new SocketTransport.LoopCallbackObject("_sock_connect_cb", () -> {
                if (fut.done()) {
                    return;
                }
                try {
                    if (ch.finishConnect()) {
                        if (js.key != null) {
                            js.key.cancel();
                            js.key = null;
                            loop.registeredChannels--;
                        }
                        fut.setResult(js);
                    }
                } catch (IOException e) {
                    if (js.key != null) {
                        js.key.cancel();
                        js.key = null;
                        loop.registeredChannels--;
                    }
                    js.close();
                    fut.setExceptionUnchecked(Exceptions.make(Exceptions.CONNECTION_REFUSED_ERROR, "[Errno 111] Connect call failed " + shown));
                }
            }), Args.EMPTY, loop);
            js.key = ch.register(loop.selector(), SelectionKey.OP_CONNECT, (IoRegistration) (key, l) -> {
                if (key.isValid() && key.isConnectable()) {
                    l.addCallback(finish);
                }
            });
            loop.registeredChannels++;
        } catch (IOException e) {
            throw JavaSocket.osError(e);
        }
        return fut;
    }

    static void install(PyType t) {
        t.def("_bind_listen", (a, kw) -> {
            PyObject[] p = Args.bind("_bind_listen", java.util.Arrays.copyOfRange(a, 1, a.length), kw,
                    new String[] {"host", "port", "backlog", "reuse_address"}, 2);
            int backlog = p[2] == null ? 100 : Ops.toInt(p[2]);
            boolean reuse = p[3] == null || p[3] == PyNone.NONE || p[3].isTrue();
            return bindListen(p[0], p[1], backlog, reuse);
        });
        t.def("_start_serving", (a, kw) -> {
            startServing(loop(a[0]), a[1], (JavaSocket) a[2], a[3], a.length > 4 ? Ops.toInt(a[4]) : 100);
            return PyNone.NONE;
        });
        t.def("_stop_serving", (a, kw) -> {
            stopServing(loop(a[0]), (JavaSocket) a[1]);
            return PyNone.NONE;
        });
        t.def("_sock_connect_to", (a, kw) -> connect(loop(a[0]), a[1], a[2]));
        t.def("_make_socket_transport", (a, kw) -> {
            PyObject[] p = Args.bind("_make_socket_transport", java.util.Arrays.copyOfRange(a, 1, a.length), kw,
                    new String[] {"sock", "protocol", "waiter", "extra", "server"}, 2);
            if (!(p[0] instanceof JavaSocket js) || !(js.channel instanceof SocketChannel)) {
                throw Errors.typeError("a connected socket is required");
            }
            return new SocketTransport(loop(a[0]), js, p[1], p[2], p[4]);
        });
    }
}
