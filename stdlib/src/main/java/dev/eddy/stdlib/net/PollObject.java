package dev.eddy.stdlib.net;

import dev.eddy.builtins.IoBase;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;
import dev.eddy.stdlib.io.Errno;
import dev.eddy.stdlib.io.OpenFile;
import dev.eddy.stdlib.io.OsState;

import java.nio.channels.Channel;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * select.poll and select.epoll objects: a set of descriptors with the events wanted of each,
 * polled through {@link Readiness}. An epoll object has a descriptor of its own, as on Linux.
 */
final class PollObject extends PyObject {
    static final PyType POLL = PyType.builtin("poll", PyType.OBJECT, null);
    static final PyType EPOLL = PyType.builtin("epoll", PyType.OBJECT, (cls, a, kw) -> {
        PyObject[] p = Args.bind("epoll", a, kw, new String[] {"sizehint", "flags"}, 0);
        if (p[0] != null) {
            int hint = Ops.toInt(p[0]);
            if (hint == 0 || hint < -1) {
                throw Errors.valueError("negative sizehint");
            }
        }
        return new PollObject(true);
    });
    static final int EPOLLONESHOT = 1 << 30;

    /** What an epoll descriptor refers to: nothing to read or write, only a place in the table. */
    private static final class EpollChannel implements Channel {
        private boolean open = true;

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
        }
    }

    private final boolean epoll;
    private final OsState os = OsState.current();
    private final Map<Integer, Integer> registered = new LinkedHashMap<>();
    private int fd = -1;
    private EpollChannel channel;

    PollObject(boolean epoll) {
        this.epoll = epoll;
        if (epoll) {
            channel = new EpollChannel();
            fd = os.add(OpenFile.of(channel, false, false));
            os.setInheritable(fd, false);
        }
    }

    @Override
    public PyType type() {
        return epoll ? EPOLL : POLL;
    }

    private boolean closed() {
        return epoll && (fd < 0 || !channel.isOpen());
    }

    private void checkOpen() {
        if (closed()) {
            throw Errors.valueError("I/O operation on closed epoll object");
        }
    }

    private static PollObject self(PyObject[] a) {
        return (PollObject) a[0];
    }

    /** A descriptor argument: an int or an object with fileno(). */
    static int fdOf(PyObject o) {
        PyObject n = o;
        if (!(o instanceof PyInt)) {
            if (o.type().lookup("fileno") == null) {
                throw Errors.typeError("argument must be an int, or have a fileno() method.");
            }
            n = Ops.callMethod(o, "fileno");
            if (!(n instanceof PyInt)) {
                throw Errors.typeError("fileno() returned a non-integer");
            }
        }
        int fd = Ops.toInt(n);
        if (fd < 0) {
            throw Errors.valueError("file descriptor cannot be a negative integer (" + fd + ")");
        }
        return fd;
    }

    private PyObject poll(long timeoutMillis, int max) {
        int[] fds = new int[registered.size()];
        int[] masks = new int[fds.length];
        int i = 0;
        for (Map.Entry<Integer, Integer> e : registered.entrySet()) {
            fds[i] = e.getKey();
            // errors and hang-ups are always reported, as the kernel does
            masks[i] = e.getValue() | Readiness.POLLERR | Readiness.POLLHUP;
            i++;
        }
        int[] got = Readiness.poll(os, fds, masks, timeoutMillis);
        PyList out = new PyList();
        for (i = 0; i < fds.length && Ops.len(out) < max; i++) {
            int ev = got[i];
            if (epoll && ev == Readiness.POLLNVAL) {
                continue;
            }
            if (ev != 0) {
                out.append(new PyTuple(new PyObject[] {PyInt.of(fds[i]), PyInt.of(ev)}));
                if (epoll && (registered.get(fds[i]) & EPOLLONESHOT) != 0) {
                    registered.put(fds[i], 0);
                }
            }
        }
        return out;
    }

    static {
        POLL.module = "select";
        EPOLL.module = "select";
        for (PyType t : new PyType[] {POLL, EPOLL}) {
            boolean ep = t == EPOLL;
            t.def("register", (a, kw) -> {
                PollObject p = self(a);
                PyObject[] args = Args.bind("register", Arrays.copyOfRange(a, 1, a.length), kw, new String[] {"fd", "eventmask"}, 1);
                p.checkOpen();
                int fd = fdOf(args[0]);
                int mask = args[1] == null || args[1] == PyNone.NONE ? Readiness.POLLIN | Readiness.POLLPRI | Readiness.POLLOUT
                        : Ops.toInt(args[1]);
                if (ep) {
                    if (!p.os.isOpen(fd)) {
                        throw Errno.error(Errno.EBADF);
                    }
                    if (Readiness.isRegularFile(p.os, fd)) {
                        throw Errno.error(1);
                    }
                    if (p.registered.containsKey(fd)) {
                        throw Errno.error(Errno.EEXIST);
                    }
                }
                p.registered.put(fd, mask);
                return PyNone.NONE;
            });
            t.def("modify", (a, kw) -> {
                PollObject p = self(a);
                PyObject[] args = Args.bind("modify", Arrays.copyOfRange(a, 1, a.length), kw, new String[] {"fd", "eventmask"}, 2);
                p.checkOpen();
                int fd = fdOf(args[0]);
                if (!p.registered.containsKey(fd)) {
                    throw Errno.error(Errno.ENOENT);
                }
                p.registered.put(fd, Ops.toInt(args[1]));
                return PyNone.NONE;
            });
            t.def("unregister", (a, kw) -> {
                PollObject p = self(a);
                Args.checkMethod("unregister", a, kw, 1, 1);
                p.checkOpen();
                int fd = fdOf(a[1]);
                if (p.registered.remove(fd) == null) {
                    if (ep) {
                        throw Errno.error(Errno.ENOENT);
                    }
                    throw Errors.keyError(PyInt.of(fd));
                }
                return PyNone.NONE;
            });
            t.def("poll", (a, kw) -> {
                PollObject p = self(a);
                PyObject[] args = Args.bind("poll", Arrays.copyOfRange(a, 1, a.length), kw,
                        ep ? new String[] {"timeout", "maxevents"} : new String[] {"timeout"}, 0);
                p.checkOpen();
                long millis = -1;
                PyObject to = args[0];
                if (to != null && to != PyNone.NONE) {
                    double v = to instanceof PyFloat f ? f.value : Ops.index(to, null).toDouble();
                    // epoll takes seconds, poll milliseconds; both round up to the next millisecond
                    millis = v < 0 ? -1 : (long) Math.ceil(ep ? v * 1000 : v);
                }
                int max = Integer.MAX_VALUE;
                if (ep && args[1] != null) {
                    max = Ops.toInt(args[1]);
                    if (max == -1) {
                        max = Integer.MAX_VALUE;
                    } else if (max <= 0) {
                        throw Errors.valueError("maxevents must be greater than 0, got " + max);
                    }
                }
                return p.poll(millis, max);
            });
        }
        EPOLL.def("fileno", (a, kw) -> {
            self(a).checkOpen();
            return PyInt.of(self(a).fd);
        });
        EPOLL.def("close", (a, kw) -> {
            PollObject p = self(a);
            if (!p.closed()) {
                if (p.os.isOpen(p.fd) && p.os.get(p.fd).channel() == p.channel) {
                    p.os.close(p.fd);
                }
                p.channel.close();
                p.fd = -1;
            }
            return PyNone.NONE;
        });
        IoBase.property(EPOLL, "closed", (a, kw) -> PyBool.of(self(a).closed()));
        EPOLL.def("__enter__", (a, kw) -> {
            self(a).checkOpen();
            return a[0];
        });
        EPOLL.def("__exit__", (a, kw) -> {
            Ops.callMethod(a[0], "close");
            return PyNone.NONE;
        });
    }
}
