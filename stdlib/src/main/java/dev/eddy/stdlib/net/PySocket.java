package dev.eddy.stdlib.net;

import dev.eddy.builtins.IoBase;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInstance;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PySlice;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;
import dev.eddy.stdlib.io.Errno;
import dev.eddy.stdlib.io.OpenFile;
import dev.eddy.stdlib.io.OsState;

import java.io.IOException;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Arrays;

/**
 * _socket.socket: a Python object holding a socket descriptor of the interpreter's table (the
 * {@link SocketHandle} behind it does the work). socket.py subclasses it.
 */
public final class PySocket extends PyInstance {
    public static final PyType TYPE = PyType.builtin("socket", PyType.OBJECT, (cls, a, kw) -> {
        PySocket s = new PySocket(cls);
        if (!cls.heapType) {
            s.init(a, kw);
        }
        return s;
    });

    private final OsState os = OsState.current();
    int fd = -1;
    int family;
    int type;
    int proto;
    /** This object's timeout (seconds; negative: blocking; zero: non-blocking), given to each call. */
    double timeout = -1;
    private SocketHandle handle;

    PySocket(PyType type) {
        super(type);
    }

    /** socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None). */
    void init(PyObject[] a, String[] kw) {
        PyObject[] p = Args.bind("socket", a, kw, new String[] {"family", "type", "proto", "fileno"}, 0);
        int fam = p[0] == null ? -1 : Ops.toInt(p[0]);
        int typ = p[1] == null ? -1 : Ops.toInt(p[1]);
        int pro = p[2] == null ? -1 : Ops.toInt(p[2]);
        if (p[3] != null && p[3] != PyNone.NONE) {
            int n = Ops.toInt(p[3]);
            if (n < 0) {
                throw Errors.valueError("negative file descriptor");
            }
            if (!os.isOpen(n)) {
                throw Errno.error(Errno.EBADF);
            }
            if (!(os.get(n).channel() instanceof SocketHandle h)) {
                throw Errno.error(88);
            }
            handle = h;
            fd = n;
            timeout = SocketModule.defaultTimeout();
            family = fam == -1 ? h.family : fam;
            type = typ == -1 ? h.type : typ;
            proto = pro == -1 ? h.proto : pro;
            return;
        }
        family = fam == -1 ? SocketModule.AF_INET : fam;
        type = typ == -1 ? SocketModule.SOCK_STREAM : typ;
        proto = pro == -1 ? 0 : pro;
        boolean nonBlocking = (type & SocketModule.SOCK_NONBLOCK) != 0;
        type &= ~(SocketModule.SOCK_NONBLOCK | SocketModule.SOCK_CLOEXEC);
        if (family != SocketModule.AF_INET && family != SocketModule.AF_INET6 && family != SocketModule.AF_UNIX) {
            throw Errno.error(97);
        }
        if (type != SocketModule.SOCK_STREAM && type != SocketModule.SOCK_DGRAM) {
            throw Errno.error(type == SocketModule.SOCK_RAW ? 1 : 94);
        }
        try {
            handle = new SocketHandle(family, type, proto);
        } catch (IOException e) {
            throw Errno.error(e, null);
        }
        timeout = nonBlocking ? 0 : SocketModule.defaultTimeout();
        fd = os.add(OpenFile.of(handle, true, true));
    }

    /** A socket object for a descriptor just made (accept, socketpair). */
    static PySocket adopt(int fd, SocketHandle h) {
        PySocket s = new PySocket(TYPE);
        s.fd = fd;
        s.handle = h;
        s.family = h.family;
        s.type = h.type;
        s.proto = h.proto;
        s.timeout = SocketModule.defaultTimeout();
        return s;
    }

    private SocketHandle handle() {
        if (fd < 0 || !os.isOpen(fd) || os.get(fd).channel() != handle) {
            throw Errno.error(Errno.EBADF);
        }
        handle.timeout = timeout;
        return handle;
    }

    static PySocket self(PyObject[] a) {
        if (a.length > 0 && a[0] instanceof PySocket s) {
            return s;
        }
        throw Errors.typeError("descriptor requires a '_socket.socket' object");
    }

    /** The Python exception for a failed call: TimeoutError("timed out") or the OSError for its errno. */
    static RuntimeException error(IOException e) {
        if (e instanceof SocketHandle.TimedOut) {
            return Errors.of(Exceptions.TIMEOUT_ERROR, "timed out");
        }
        return Errno.error(e, null);
    }

    private SocketAddress address(PyObject o, String fn) {
        return Addresses.toJava(family, o, fn);
    }

    private static byte[] bytesArg(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.bytes;
        }
        if (o.type().lookup("__bytes__") != null || o.type().name.equals("bytearray") || o.type().name.equals("memoryview")) {
            return ((PyBytes) dev.eddy.runtime.PyBytes.TYPE.call(new PyObject[] {o}, null)).bytes;
        }
        throw Errors.typeError("a bytes-like object is required, not '" + o.type().name + "'");
    }

    private static int size(PyObject o, String fn) {
        int n = Ops.toInt(o);
        if (n < 0) {
            throw Errors.valueError("negative buffersize in " + fn);
        }
        return n;
    }

    /** MSG_DONTWAIT (64) and MSG_NOSIGNAL (16384) are honoured; other flags are refused plainly. */
    private static int flags(PyObject[] a, int i) {
        int f = a.length > i && a[i] != null ? Ops.toInt(a[i]) : 0;
        if ((f & ~(64 | 16384)) != 0) {
            throw Errors.notImplemented("socket flags other than MSG_DONTWAIT and MSG_NOSIGNAL are not supported");
        }
        return f;
    }

    /**
     * Runs one call non-blocking when MSG_DONTWAIT asks for it on a blocking socket (with a
     * timeout CPython still waits for readiness first, so the flag changes nothing there).
     */
    private static <T> T withFlags(PySocket s, int flags, java.util.function.Supplier<T> call) {
        if ((flags & 64) == 0 || s.timeout >= 0) {
            return call.get();
        }
        double saved = s.timeout;
        s.timeout = 0;
        try {
            return call.get();
        } finally {
            s.timeout = saved;
        }
    }

    private byte[] recv(int n) {
        SocketHandle h = handle();
        byte[] b = new byte[n];
        if (n == 0) {
            return b;
        }
        try {
            int got = h.read(ByteBuffer.wrap(b));
            return got == n ? b : Arrays.copyOf(b, Math.max(got, 0));
        } catch (IOException e) {
            throw error(e);
        }
    }

    /** The option a (level, name) pair stands for, or null when Java cannot reach it. */
    private static SocketOption<?> option(int level, int name) {
        if (level == SocketModule.SOL_SOCKET) {
            switch (name) {
                case 2: return StandardSocketOptions.SO_REUSEADDR;
                case 15: return StandardSocketOptions.SO_REUSEPORT;
                case 9: return StandardSocketOptions.SO_KEEPALIVE;
                case 6: return StandardSocketOptions.SO_BROADCAST;
                case 8: return StandardSocketOptions.SO_RCVBUF;
                case 7: return StandardSocketOptions.SO_SNDBUF;
                case 13: return StandardSocketOptions.SO_LINGER;
                default: return null;
            }
        }
        if (level == 6 && name == 1) {
            return StandardSocketOptions.TCP_NODELAY;
        }
        if (level == 0 && name == 1) {
            return StandardSocketOptions.IP_TOS;
        }
        if (level == 0 && name == 33) {
            return StandardSocketOptions.IP_MULTICAST_TTL;
        }
        if (level == 0 && name == 34) {
            return StandardSocketOptions.IP_MULTICAST_LOOP;
        }
        return null;
    }

    static {
        PyType t = TYPE;
        t.module = "_socket";
        t.def("__init__", (a, kw) -> {
            self(a).init(Arrays.copyOfRange(a, 1, a.length), kw);
            return PyNone.NONE;
        });
        IoBase.property(t, "family", (a, kw) -> PyInt.of(self(a).family));
        IoBase.property(t, "type", (a, kw) -> PyInt.of(self(a).type));
        IoBase.property(t, "proto", (a, kw) -> PyInt.of(self(a).proto));
        IoBase.property(t, "timeout", (a, kw) -> timeoutObject(self(a)));
        t.def("fileno", (a, kw) -> PyInt.of(self(a).fd));
        t.def("close", (a, kw) -> {
            PySocket s = self(a);
            if (s.fd >= 0) {
                int n = s.fd;
                s.fd = -1;
                if (s.os.isOpen(n) && s.os.get(n).channel() == s.handle) {
                    s.os.close(n);
                }
            }
            return PyNone.NONE;
        });
        t.def("detach", (a, kw) -> {
            PySocket s = self(a);
            int n = s.fd;
            s.fd = -1;
            return PyInt.of(n);
        });
        t.def("bind", (a, kw) -> {
            Args.checkMethod("bind", a, kw, 1, 1);
            PySocket s = self(a);
            SocketAddress addr = s.address(a[1], "bind");
            try {
                s.handle().bind(addr);
            } catch (IOException e) {
                throw error(e);
            }
            return PyNone.NONE;
        });
        t.def("listen", (a, kw) -> {
            Args.checkMethod("listen", a, kw, 0, 1);
            PySocket s = self(a);
            int backlog = a.length > 1 ? Math.max(0, Ops.toInt(a[1])) : Math.min(128, 4096);
            try {
                s.handle().listen(Math.max(backlog, 1));
            } catch (IOException e) {
                throw error(e);
            }
            return PyNone.NONE;
        });
        t.def("_accept", (a, kw) -> {
            PySocket s = self(a);
            try {
                SocketChannel c = s.handle().accept();
                SocketHandle h = new SocketHandle(s.family, c);
                int n = s.os.add(OpenFile.of(h, true, true));
                return new PyTuple(new PyObject[] {PyInt.of(n), Addresses.toPython(s.family, c.getRemoteAddress())});
            } catch (IOException e) {
                throw error(e);
            }
        });
        t.def("connect", (a, kw) -> {
            Args.checkMethod("connect", a, kw, 1, 1);
            PySocket s = self(a);
            SocketAddress addr = s.address(a[1], "connect");
            try {
                s.handle().connect(addr);
            } catch (IOException e) {
                throw error(e);
            }
            return PyNone.NONE;
        });
        t.def("connect_ex", (a, kw) -> {
            Args.checkMethod("connect_ex", a, kw, 1, 1);
            PySocket s = self(a);
            SocketAddress addr = s.address(a[1], "connect_ex");
            try {
                s.handle().connect(addr);
                return PyInt.of(0);
            } catch (SocketHandle.TimedOut e) {
                return PyInt.of(11);
            } catch (IOException e) {
                return PyInt.of(Errno.of(e));
            }
        });
        t.def("recv", (a, kw) -> {
            Args.checkMethod("recv", a, kw, 1, 2);
            PySocket s = self(a);
            int n = size(a[1], "recv");
            return withFlags(s, flags(a, 2), () -> new PyBytes(s.recv(n)));
        });
        t.def("recv_into", (a, kw) -> {
            PyObject[] p = Args.bind("recv_into", Arrays.copyOfRange(a, 1, a.length), kw, new String[] {"buffer", "nbytes", "flags"}, 1);
            int room = Ops.len(p[0]);
            int n = p[1] == null || Ops.toInt(p[1]) == 0 ? room : Ops.toInt(p[1]);
            if (n < 0) {
                throw Errors.valueError("negative buffersize in recv_into");
            }
            if (n > room) {
                throw Errors.valueError("buffer too small for requested bytes");
            }
            PySocket s = self(a);
            byte[] got = withFlags(s, flags(p, 2), () -> s.recv(n));
            p[0].setItem(new PySlice(PyInt.of(0), PyInt.of(got.length), PyNone.NONE), new PyBytes(got));
            return PyInt.of(got.length);
        });
        t.def("recvfrom", (a, kw) -> {
            Args.checkMethod("recvfrom", a, kw, 1, 2);
            PySocket s = self(a);
            int n = size(a[1], "recvfrom");
            if (flags(a, 2) != 0) {
                throw Errors.notImplemented("recvfrom flags are not supported");
            }
            byte[] b = new byte[n];
            SocketAddress[] from = new SocketAddress[1];
            try {
                int got = s.handle().receive(ByteBuffer.wrap(b), from);
                PyObject addr = from[0] == null ? PyNone.NONE : Addresses.toPython(s.family, from[0]);
                return new PyTuple(new PyObject[] {new PyBytes(Arrays.copyOf(b, Math.max(got, 0))), addr});
            } catch (IOException e) {
                throw error(e);
            }
        });
        t.def("send", (a, kw) -> {
            Args.checkMethod("send", a, kw, 1, 2);
            byte[] b = bytesArg(a[1]);
            PySocket s = self(a);
            return withFlags(s, flags(a, 2), () -> {
                try {
                    return PyInt.of(s.handle().write(ByteBuffer.wrap(b)));
                } catch (IOException e) {
                    throw error(e);
                }
            });
        });
        t.def("sendall", (a, kw) -> {
            Args.checkMethod("sendall", a, kw, 1, 2);
            byte[] b = bytesArg(a[1]);
            flags(a, 2);
            try {
                self(a).handle().sendAll(ByteBuffer.wrap(b));
            } catch (IOException e) {
                throw error(e);
            }
            return PyNone.NONE;
        });
        t.def("sendto", (a, kw) -> {
            Args.checkMethod("sendto", a, kw, 2, 3);
            PySocket s = self(a);
            byte[] b = bytesArg(a[1]);
            if (a.length > 3) {
                flags(a, 2);
            }
            SocketAddress to = s.address(a[a.length - 1], "sendto");
            try {
                return PyInt.of(s.handle().sendTo(ByteBuffer.wrap(b), to));
            } catch (IOException e) {
                throw error(e);
            }
        });
        t.def("shutdown", (a, kw) -> {
            Args.checkMethod("shutdown", a, kw, 1, 1);
            int how = Ops.toInt(a[1]);
            if (how < 0 || how > 2) {
                throw Errno.error(Errno.EINVAL);
            }
            try {
                self(a).handle().shutdown(how);
            } catch (IOException e) {
                throw error(e);
            }
            return PyNone.NONE;
        });
        t.def("getsockname", (a, kw) -> {
            PySocket s = self(a);
            try {
                return Addresses.toPython(s.family, s.handle().localAddress());
            } catch (IOException e) {
                throw error(e);
            }
        });
        t.def("getpeername", (a, kw) -> {
            PySocket s = self(a);
            try {
                return Addresses.toPython(s.family, s.handle().remoteAddress());
            } catch (IOException e) {
                throw error(e);
            }
        });
        t.def("setblocking", (a, kw) -> {
            Args.checkMethod("setblocking", a, kw, 1, 1);
            PySocket s = self(a);
            s.handle();
            s.timeout = a[1].isTrue() ? -1 : 0;
            return PyNone.NONE;
        });
        t.def("getblocking", (a, kw) -> {
            PySocket s = self(a);
            s.handle();
            return PyBool.of(s.timeout != 0);
        });
        t.def("settimeout", (a, kw) -> {
            Args.checkMethod("settimeout", a, kw, 1, 1);
            PySocket s = self(a);
            double seconds = SocketModule.timeoutValue(a[1]);
            s.handle();
            s.timeout = seconds;
            return PyNone.NONE;
        });
        t.def("gettimeout", (a, kw) -> timeoutObject(self(a)));
        t.def("setsockopt", (a, kw) -> {
            Args.checkMethod("setsockopt", a, kw, 3, 4);
            PySocket s = self(a);
            int level = Ops.toInt(a[1]);
            int name = Ops.toInt(a[2]);
            SocketOption<?> opt = option(level, name);
            if (level == 41 && name == 26) {
                return PyNone.NONE; // IPV6_V6ONLY: Java's IPv6 sockets are dual-stack; nothing to set
            }
            if (opt == null) {
                throw Errno.error(92);
            }
            int value = a[3] instanceof PyInt ? Ops.toInt(a[3]) : 0;
            try {
                Object v = opt.type() == Boolean.class ? (Object) (value != 0) : (Object) value;
                s.handle().setOption(opt, v);
            } catch (IOException e) {
                throw error(e);
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                throw Errno.error(92);
            }
            return PyNone.NONE;
        });
        t.def("getsockopt", (a, kw) -> {
            Args.checkMethod("getsockopt", a, kw, 2, 3);
            PySocket s = self(a);
            int level = Ops.toInt(a[1]);
            int name = Ops.toInt(a[2]);
            SocketHandle h = s.handle();
            if (level == SocketModule.SOL_SOCKET) {
                switch (name) {
                    case 3: return PyInt.of(s.type);
                    case 39: return PyInt.of(s.family);
                    case 38: return PyInt.of(s.proto == 0 && s.family != SocketModule.AF_UNIX
                            ? (s.type == SocketModule.SOCK_STREAM ? 6 : 17) : s.proto);
                    case 30: return PyInt.of(h.isListening() ? 1 : 0);
                    case 4: {
                        h.finishConnectQuietly();
                        int err = h.pendingError;
                        h.pendingError = 0;
                        return PyInt.of(err);
                    }
                    default: break;
                }
            }
            SocketOption<?> opt = option(level, name);
            if (opt == null) {
                throw Errno.error(92);
            }
            try {
                Object v = h.getOption(opt);
                if (v instanceof Boolean bv) {
                    return PyInt.of(bv ? 1 : 0);
                }
                if (v instanceof Integer iv) {
                    return PyInt.of(opt == StandardSocketOptions.SO_LINGER ? Math.max(iv, 0) : iv);
                }
                return PyInt.of(0);
            } catch (IOException e) {
                throw error(e);
            }
        });
        t.def("__repr__", (a, kw) -> {
            PySocket s = self(a);
            return new PyStr("<socket object, fd=" + s.fd + ", family=" + s.family + ", type=" + s.type
                    + ", proto=" + s.proto + ">");
        });
        t.def("__enter__", (a, kw) -> a[0]);
        t.def("__exit__", (a, kw) -> {
            Ops.callMethod(a[0], "close");
            return PyNone.NONE;
        });
    }

    private static PyObject timeoutObject(PySocket s) {
        return s.timeout < 0 ? PyNone.NONE : new PyFloat(s.timeout);
    }
}
