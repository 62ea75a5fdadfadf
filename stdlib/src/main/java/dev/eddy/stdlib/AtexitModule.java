package dev.eddy.stdlib;

import dev.eddy.interpreter.Tracebacks;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.InterpreterState;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.Shutdown;
import java.util.ArrayList;
import java.util.List;

/**
 * The atexit module: functions run when the program ends (after the main module and the
 * wait for non-daemon threads), last registered first; an exception in one is reported
 * and the others still run.
 */
public final class AtexitModule implements ModuleProvider {
    private record Callback(PyObject function, PyObject[] args, String[] kwnames) {
    }

    /** The callbacks of one interpreter, in registration order. */
    private static final class Registry {
        final List<Callback> callbacks = new ArrayList<>();
    }

    private static Registry registry() {
        return InterpreterState.current().extension(Registry.class, Registry::new);
    }

    @Override
    public String name() {
        return "atexit";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("atexit");
        Registry reg = registry();
        Mod.def(m, "register", (a, kw) -> {
            int npos = a.length - (kw == null ? 0 : kw.length);
            if (npos < 1) {
                throw Errors.typeError("register() takes at least 1 argument (0 given)");
            }
            if (!dev.eddy.builtins.Functions.callable(a[0])) {
                throw Errors.typeError("the first argument must be callable");
            }
            synchronized (reg) {
                reg.callbacks.add(new Callback(a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw));
            }
            return a[0];
        });
        Mod.def(m, "unregister", (a, kw) -> {
            dev.eddy.runtime.Args.check("unregister", a, kw, 1, 1);
            synchronized (reg) {
                reg.callbacks.removeIf(c -> Ops.eq(c.function(), a[0]));
            }
            return PyNone.NONE;
        });
        Mod.def(m, "_run_exitfuncs", (a, kw) -> {
            runAll(reg);
            return PyNone.NONE;
        });
        Mod.def(m, "_clear", (a, kw) -> {
            synchronized (reg) {
                reg.callbacks.clear();
            }
            return PyNone.NONE;
        });
        Mod.def(m, "_ncallbacks", (a, kw) -> {
            synchronized (reg) {
                return PyInt.of(reg.callbacks.size());
            }
        });
        Shutdown.register(() -> runAll(reg));
        return m;
    }

    private static void runAll(Registry reg) {
        while (true) {
            Callback c;
            synchronized (reg) {
                if (reg.callbacks.isEmpty()) {
                    return;
                }
                c = reg.callbacks.remove(reg.callbacks.size() - 1);
            }
            try {
                c.function().call(c.args(), c.kwnames());
            } catch (PyException e) {
                if (e.matches(Exceptions.SYSTEM_EXIT)) {
                    continue;
                }
                String text = "Exception ignored in atexit callback: " + c.function().repr().value + "\n"
                        + Tracebacks.format(e.value);
                try {
                    dev.eddy.builtins.StdStreams.flushQuietly(dev.eddy.builtins.StdStreams.stdout());
                    PyObject err = dev.eddy.builtins.StdStreams.stderr();
                    Ops.callMethod(err, "write", new PyStr(text));
                    dev.eddy.builtins.StdStreams.flushQuietly(err);
                } catch (RuntimeException x) {
                    System.err.print(text);
                }
            }
        }
    }
}
