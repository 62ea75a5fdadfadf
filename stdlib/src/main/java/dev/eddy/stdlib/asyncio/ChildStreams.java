package dev.eddy.stdlib.asyncio;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.stdlib.io.OpenFile;
import dev.eddy.stdlib.io.OsState;
import dev.eddy.stdlib.posix.Children;

import java.io.IOException;
import java.util.Arrays;

/**
 * What asyncio's child processes need from Java: a watcher that reads a pipe descriptor on a
 * thread of its own and hands each chunk to a callback on the loop (an empty chunk at end of
 * file), and one that calls back on the loop when a child process ends. The loop itself never
 * blocks on a child.
 */
final class ChildStreams {
    private ChildStreams() {
    }

    private static EventLoop loop(PyObject o) {
        if (o instanceof EventLoop l) {
            return l;
        }
        throw Errors.typeError("an event loop is required, not '" + o.type().name + "'");
    }

    static void define(PyModule m) {
        m.set("_watch_fd", new PyBuiltinFunction("_watch_fd", (a, kw) -> {
            Args.check("_watch_fd", a, kw, 3, 3);
            EventLoop loop = loop(a[0]);
            OpenFile f = OsState.current().get(Ops.toInt(a[1]));
            PyObject callback = a[2];
            f.retain();
            loop.externalWorkBegan();
            Thread t = new Thread(() -> {
                byte[] buf = new byte[65536];
                try {
                    while (true) {
                        int n;
                        try {
                            n = f.read(buf, 0, buf.length);
                        } catch (IOException e) {
                            n = 0;
                        }
                        try {
                            loop.callSoonThreadsafe(callback, new PyObject[] {new PyBytes(Arrays.copyOf(buf, Math.max(n, 0)))}, false);
                        } catch (RuntimeException closedLoop) {
                            break;
                        }
                        if (n <= 0) {
                            break;
                        }
                    }
                } finally {
                    loop.externalWorkEnded();
                    try {
                        f.release();
                    } catch (IOException ignored) {
                        // already closed
                    }
                }
            }, "eddy-asyncio-pipe");
            t.setDaemon(true);
            t.start();
            return PyNone.NONE;
        }));
        m.set("_watch_exit", new PyBuiltinFunction("_watch_exit", (a, kw) -> {
            Args.check("_watch_exit", a, kw, 3, 3);
            EventLoop loop = loop(a[0]);
            long pid = Ops.index(a[1], null).longValueExact();
            PyObject callback = a[2];
            loop.externalWorkBegan();
            Children.exited(pid).whenComplete((r, e) -> {
                try {
                    loop.callSoonThreadsafe(callback, new PyObject[0], false);
                } catch (RuntimeException closedLoop) {
                    // the loop ended before the child did: nobody is waiting
                } finally {
                    loop.externalWorkEnded();
                }
            });
            return PyNone.NONE;
        }));
    }
}
