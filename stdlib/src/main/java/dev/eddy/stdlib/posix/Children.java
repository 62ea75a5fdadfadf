package dev.eddy.stdlib.posix;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyTuple;
import dev.eddy.stdlib.io.Errno;
import dev.eddy.stdlib.io.OpenFile;
import dev.eddy.stdlib.io.OsState;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The child processes one interpreter started (there is no fork on the JVM: a child is a
 * {@link Process} from a {@link ProcessBuilder}). Each of the child's standard streams is
 * connected to a descriptor of the table by a pump thread that copies bytes between the
 * Process's stream and the descriptor's open file, holding a reference to it as a forked
 * child would hold its copy of the descriptor. waitpid and kill work on these children.
 */
public final class Children {
    private static final Map<OsState, Children> ALL = new WeakHashMap<>();
    /** Pids for children whose exec failed: above any pid Linux hands out (process-wide, so unique across interpreters). */
    private static long nextFakePid = 4_194_304 + 1;

    private static final int SIGKILL = 9;
    private static final int SIGTERM = 15;

    /** One child: its process (null when exec failed) and the pumps writing into the parent's own streams. */
    private static final class Child {
        final long pid;
        final Process process;
        final List<Thread> outputPumps = new ArrayList<>();
        /** The last signal this interpreter sent it, to tell "killed by signal n" from "exited with 128+n". */
        int signalled;

        Child(long pid, Process process) {
            this.pid = pid;
            this.process = process;
        }
    }

    private final OsState os;
    private final Map<Long, Child> children = new LinkedHashMap<>();

    private Children(OsState os) {
        this.os = os;
    }

    static synchronized Children of(OsState os) {
        return ALL.computeIfAbsent(os, Children::new);
    }

    // ---- starting ----------------------------------------------------------------------

    /** Where a child's standard stream goes: the descriptor given, or the parent's own when -1. */
    private OpenFile target(int given, int standard) {
        int fd = given >= 0 ? given : standard;
        return os.isOpen(fd) ? os.get(fd) : null;
    }

    private static boolean isDevNull(OpenFile f) {
        return f.path() != null && f.path().toString().equals("/dev/null");
    }

    /**
     * Starts {@code argv} with the first of {@code executables} that can run. When none can (or
     * {@code cwd} is no directory) the failure is written to {@code errpipeWrite} as CPython's child
     * writes it ("OSError:hex errno:"), and the pid returned stands for a child that exited with 255.
     */
    long start(List<String> argv, List<String> executables, String cwd, List<String> env,
               int stdin, int stdout, int stderr, int errpipeWrite) {
        Path dir = os.cwd();
        if (cwd != null) {
            dir = os.resolve(cwd);
            if (!Files.isDirectory(dir)) {
                return failed(Files.exists(dir) ? Errno.ENOTDIR : Errno.ENOENT, true, errpipeWrite);
            }
        }
        String exe = null;
        int error = Errno.ENOENT;
        for (String candidate : executables) {
            Path p = dir.resolve(candidate);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                exe = p.toString();
                break;
            }
            if (Files.exists(p) && error == Errno.ENOENT) {
                error = Files.isDirectory(p) ? Errno.EACCES : Errno.EACCES;
            }
        }
        if (exe == null) {
            return failed(error, false, errpipeWrite);
        }
        List<String> command = new ArrayList<>();
        command.add(exe);
        command.addAll(argv.subList(Math.min(1, argv.size()), argv.size()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.directory(dir.toFile());
        Map<String, String> environment = pb.environment();
        environment.clear();
        if (env == null) {
            environment.putAll(dev.eddy.runtime.Sys.get().env);
        } else {
            for (String kv : env) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    environment.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
        }
        OpenFile in = target(stdin, 0);
        OpenFile out = target(stdout, 1);
        OpenFile err = target(stderr, 2);
        boolean merged = stderr >= 0 && (stderr == stdout || err == out);
        pb.redirectErrorStream(merged);
        File devNull = new File("/dev/null");
        if (in == null || isDevNull(in)) {
            pb.redirectInput(ProcessBuilder.Redirect.from(devNull));
        } else if (stdin < 0 && in.isTerminal()) {
            pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
        }
        if (out == null || isDevNull(out)) {
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        if (!merged && (err == null || isDevNull(err))) {
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        }
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            return failed(startError(e), false, errpipeWrite);
        }
        Child child = new Child(process.pid(), process);
        String name = "eddy-child-" + process.pid();
        if (in != null && !isDevNull(in) && !(stdin < 0 && in.isTerminal())) {
            pump(name + "-stdin", in, process.getOutputStream());
        } else {
            closeQuietly(process.getOutputStream());
        }
        if (out != null && !isDevNull(out)) {
            Thread t = pump(name + "-stdout", process.getInputStream(), out);
            if (stdout < 0) {
                child.outputPumps.add(t);
            }
        }
        if (!merged && err != null && !isDevNull(err)) {
            Thread t = pump(name + "-stderr", process.getErrorStream(), err);
            if (stderr < 0) {
                child.outputPumps.add(t);
            }
        }
        synchronized (this) {
            children.put(child.pid, child);
        }
        return child.pid;
    }

    /** The errno in a ProcessBuilder failure ("error=13, Permission denied"). */
    private static int startError(IOException e) {
        String m = String.valueOf(e.getMessage());
        int at = m.indexOf("error=");
        if (at >= 0) {
            int end = at + 6;
            while (end < m.length() && Character.isDigit(m.charAt(end))) {
                end++;
            }
            try {
                return Integer.parseInt(m.substring(at + 6, end));
            } catch (NumberFormatException ignored) {
                // fall through
            }
        }
        return Errno.EIO;
    }

    private long failed(int errno, boolean beforeExec, int errpipeWrite) {
        long pid;
        synchronized (Children.class) {
            pid = nextFakePid++;
        }
        if (os.isOpen(errpipeWrite)) {
            byte[] report = ("OSError:" + Integer.toHexString(errno) + ":" + (beforeExec ? "noexec" : ""))
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            try {
                os.get(errpipeWrite).write(report, 0, report.length);
            } catch (IOException ignored) {
                // nobody is listening for the error
            }
        }
        synchronized (this) {
            children.put(pid, new Child(pid, null));
        }
        return pid;
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    /** Copies the child's output into an open file of the table until the child closes it. */
    private static Thread pump(String name, InputStream from, OpenFile to) {
        to.retain();
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try {
                int n;
                while ((n = from.read(buf)) > 0) {
                    synchronized (to) {
                        to.write(buf, 0, n);
                    }
                }
            } catch (IOException e) {
                // the reader went away: the child sees its pipe closed, as with SIGPIPE
            } finally {
                closeQuietly(from);
                try {
                    to.release();
                } catch (IOException ignored) {
                    // closing a pipe end that already failed
                }
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Copies an open file of the table into the child's input until end of file. */
    private static Thread pump(String name, OpenFile from, OutputStream to) {
        from.retain();
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try {
                while (true) {
                    int n = from.read(buf, 0, buf.length);
                    if (n <= 0) {
                        break;
                    }
                    to.write(buf, 0, n);
                    to.flush();
                }
            } catch (IOException e) {
                // the child exited or closed its input
            } finally {
                closeQuietly(to);
                try {
                    from.release();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    // ---- waiting and signalling --------------------------------------------------------

    /** The wait status of an ended child, as waitpid reports it. */
    private static int status(Child c) {
        if (c.process == null) {
            return 255 << 8;
        }
        int v = c.process.exitValue();
        if (c.signalled != 0 && v == 128 + c.signalled) {
            return c.signalled;
        }
        return (v & 0xff) << 8;
    }

    private PyObject reap(Child c) {
        for (Thread t : c.outputPumps) {
            try {
                // the child's output reaches the parent's streams before its exit is reported
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            children.remove(c.pid);
        }
        return new PyTuple(new PyObject[] {PyInt.of(c.pid), PyInt.of(status(c))});
    }

    private static boolean ended(Child c) {
        return c.process == null || !c.process.isAlive();
    }

    /** waitpid(pid, options): pid -1 or 0 waits for any child; WNOHANG (1) returns (0, 0) while it runs. */
    PyObject waitpid(long pid, int options) {
        boolean noHang = (options & 1) != 0;
        while (true) {
            List<Child> candidates;
            synchronized (this) {
                if (pid > 0) {
                    Child c = children.get(pid);
                    candidates = c == null ? List.of() : List.of(c);
                } else {
                    candidates = new ArrayList<>(children.values());
                }
            }
            if (candidates.isEmpty()) {
                throw Errno.error(10);
            }
            for (Child c : candidates) {
                if (ended(c)) {
                    return reap(c);
                }
            }
            if (noHang) {
                return new PyTuple(new PyObject[] {PyInt.of(0), PyInt.of(0)});
            }
            try {
                Process first = candidates.get(0).process;
                boolean one = candidates.size() == 1;
                // other threads run while this one waits
                dev.eddy.runtime.Blocking.io(() -> one ? first.waitFor() == 0 : first.waitFor(10, TimeUnit.MILLISECONDS));
            } catch (java.io.IOException | InterruptedException e) {
                throw Errno.error(4);
            }
        }
    }

    /**
     * Completes when the child {@code pid} of the running interpreter has ended (at once if
     * there is no such child), without reaping it: waitpid still reports its status.
     */
    public static java.util.concurrent.CompletableFuture<?> exited(long pid) {
        Children all = of(OsState.current());
        Child c;
        synchronized (all) {
            c = all.children.get(pid);
        }
        if (c == null || c.process == null) {
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
        return c.process.onExit();
    }

    /** kill(pid, sig): a child of this interpreter or any other process. */
    void kill(long pid, int sig) {
        Child c;
        synchronized (this) {
            c = children.get(pid);
        }
        if (c != null) {
            if (ended(c)) {
                return; // a zombie takes signals without complaint
            }
            if (sig == 0) {
                return;
            }
            c.signalled = sig;
            if (sig == SIGTERM) {
                c.process.destroy();
                return;
            }
            if (sig == SIGKILL) {
                c.process.destroyForcibly();
                return;
            }
            // other signals go through kill(1), as for any process: the JDK sends only TERM and KILL
            dev.eddy.stdlib.signals.SignalModule.kill(pid, sig);
            return;
        }
        // not a child of ours: this process itself (delivered to the interpreter, as the signal
        // module does, so that it works inside a JVM shared with other programs) or another one
        dev.eddy.stdlib.signals.SignalModule.kill(pid, sig);
    }

    /** Adds waitpid, wait and kill to the posix module. */
    static void define(PyModule m, OsState os) {
        m.set("waitpid", new PyBuiltinFunction("waitpid", (a, kw) -> {
            Args.check("waitpid", a, kw, 2, 2);
            return of(os).waitpid(Ops.index(a[0], null).longValueExact(), Ops.toInt(a[1]));
        }));
        m.set("wait", new PyBuiltinFunction("wait", (a, kw) -> {
            Args.check("wait", a, kw, 0, 0);
            return of(os).waitpid(-1, 0);
        }));
        if (m.globals.get("kill") == null) {
            m.set("kill", new PyBuiltinFunction("kill", (a, kw) -> {
                Args.check("kill", a, kw, 2, 2);
                of(os).kill(Ops.index(a[0], null).longValueExact(), Ops.toInt(a[1]));
                return PyNone.NONE;
            }));
        }
    }
}
