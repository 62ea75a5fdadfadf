package dev.eddy.stdlib.net;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyTuple;
import dev.eddy.stdlib.io.Errno;
import dev.eddy.stdlib.io.OsState;

/** The select module: select(), poll() and epoll() over the interpreter's descriptors. */
public final class SelectModule implements ModuleProvider {
    private static final String[][] CONSTANTS = {
        {"POLLIN", "1"}, {"POLLPRI", "2"}, {"POLLOUT", "4"}, {"POLLERR", "8"}, {"POLLHUP", "16"}, {"POLLNVAL", "32"},
        {"POLLRDNORM", "64"}, {"POLLRDBAND", "128"}, {"POLLWRNORM", "256"}, {"POLLWRBAND", "512"},
        {"POLLMSG", "1024"}, {"POLLRDHUP", "8192"},
        {"EPOLLIN", "1"}, {"EPOLLPRI", "2"}, {"EPOLLOUT", "4"}, {"EPOLLERR", "8"}, {"EPOLLHUP", "16"},
        {"EPOLLRDNORM", "64"}, {"EPOLLRDBAND", "128"}, {"EPOLLWRNORM", "256"}, {"EPOLLWRBAND", "512"},
        {"EPOLLMSG", "1024"}, {"EPOLLRDHUP", "8192"}, {"EPOLLEXCLUSIVE", "268435456"},
        {"EPOLLONESHOT", "1073741824"}, {"EPOLLET", "2147483648"}, {"EPOLL_CLOEXEC", "524288"},
        {"PIPE_BUF", "4096"},
    };

    @Override
    public String name() {
        return "select";
    }

    private static PyObject[] items(PyObject seq) {
        return Ops.toArray(seq);
    }

    private static PyObject select(OsState os, PyObject[] a, String[] kw) {
        Args.check("select", a, kw, 3, 4);
        long millis = -1;
        if (a.length > 3 && a[3] != PyNone.NONE) {
            if (!(a[3] instanceof PyFloat) && a[3].asIndexOrNull() == null) {
                throw Errors.typeError("timeout must be a float or None");
            }
            double v = a[3] instanceof PyFloat f ? f.value : Ops.index(a[3], null).toDouble();
            if (v < 0) {
                throw Errors.valueError("timeout must be non-negative");
            }
            millis = (long) Math.ceil(v * 1000);
        }
        PyObject[] r = items(a[0]);
        PyObject[] w = items(a[1]);
        PyObject[] x = items(a[2]);
        int n = r.length + w.length;
        int[] fds = new int[n];
        int[] masks = new int[n];
        for (int i = 0; i < r.length; i++) {
            fds[i] = PollObject.fdOf(r[i]);
            masks[i] = Readiness.POLLIN;
        }
        for (int i = 0; i < w.length; i++) {
            fds[r.length + i] = PollObject.fdOf(w[i]);
            masks[r.length + i] = Readiness.POLLOUT;
        }
        for (PyObject o : x) {
            if (!os.isOpen(PollObject.fdOf(o))) {
                throw Errno.error(Errno.EBADF);
            }
        }
        for (int fd : fds) {
            if (!os.isOpen(fd)) {
                throw Errno.error(Errno.EBADF);
            }
        }
        int[] got = Readiness.poll(os, fds, masks, millis);
        PyList rr = new PyList();
        PyList wr = new PyList();
        for (int i = 0; i < n; i++) {
            if (got[i] != 0) {
                (i < r.length ? rr : wr).append(i < r.length ? r[i] : w[i - r.length]);
            }
        }
        return new PyTuple(new PyObject[] {rr, wr, new PyList()});
    }

    @Override
    public PyModule create() {
        OsState os = OsState.current();
        PyModule m = new PyModule("select");
        for (String[] c : CONSTANTS) {
            m.set(c[0], PyInt.of(Long.parseLong(c[1])));
        }
        m.set("error", Exceptions.OS_ERROR);
        m.set("select", new PyBuiltinFunction("select", (a, kw) -> select(os, a, kw)));
        m.set("poll", new PyBuiltinFunction("poll", (a, kw) -> {
            Args.check("poll", a, kw, 0, 0);
            return new PollObject(false);
        }));
        m.set("epoll", PollObject.EPOLL);
        return m;
    }
}
