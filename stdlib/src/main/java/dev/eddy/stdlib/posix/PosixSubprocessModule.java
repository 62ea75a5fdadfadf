package dev.eddy.stdlib.posix;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.stdlib.io.OsState;
import dev.eddy.stdlib.io.Paths;

import java.util.ArrayList;
import java.util.List;

/**
 * _posixsubprocess: fork_exec as subprocess.py calls it, starting the child with a
 * ProcessBuilder ({@link Children}) instead of fork and exec. What a forked child could do
 * and a JVM cannot (run preexec_fn, keep pass_fds open, change uid/gid) is refused.
 */
public final class PosixSubprocessModule implements ModuleProvider {
    private static final String[] PARAMS = {"args", "executable_list", "close_fds", "pass_fds", "cwd", "env",
        "p2cread", "p2cwrite", "c2pread", "c2pwrite", "errread", "errwrite", "errpipe_read", "errpipe_write",
        "restore_signals", "call_setsid", "pgid_to_set", "gid", "extra_groups", "uid", "child_umask", "preexec_fn",
        "allow_vfork"};

    @Override
    public String name() {
        return "_posixsubprocess";
    }

    private static List<String> strings(PyObject seq) {
        List<String> out = new ArrayList<>();
        for (PyObject o : Ops.toArray(seq)) {
            out.add(Paths.fsPath(o));
        }
        return out;
    }

    private static boolean given(PyObject o) {
        return o != null && o != PyNone.NONE;
    }

    @Override
    public PyModule create() {
        OsState os = OsState.current();
        PyModule m = new PyModule("_posixsubprocess");
        m.set("fork_exec", new PyBuiltinFunction("fork_exec", (a, kw) -> {
            PyObject[] p = Args.bind("fork_exec", a, kw, PARAMS, 22);
            if (given(p[21])) {
                throw Errors.notImplemented("preexec_fn is not supported: a child process cannot run Python code before exec on the JVM");
            }
            if (given(p[17]) || given(p[18]) || given(p[19])) {
                throw Errors.notImplemented("user, group and extra_groups are not supported for child processes");
            }
            int errpipeWrite = Ops.toInt(p[13]);
            for (PyObject fd : Ops.toArray(p[3])) {
                if (Ops.toInt(fd) != errpipeWrite) {
                    throw Errors.notImplemented("pass_fds is not supported: a child process inherits only its standard streams on the JVM");
                }
            }
            List<String> argv = strings(p[0]);
            List<String> exes = strings(p[1]);
            String cwd = given(p[4]) ? Paths.fsPath(p[4]) : null;
            List<String> env = given(p[5]) ? strings(p[5]) : null;
            long pid = Children.of(os).start(argv, exes, cwd, env, Ops.toInt(p[6]), Ops.toInt(p[9]), Ops.toInt(p[11]),
                    errpipeWrite);
            return PyInt.of(pid);
        }));
        return m;
    }
}
