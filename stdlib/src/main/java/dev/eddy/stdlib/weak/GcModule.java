package dev.eddy.stdlib.weak;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.InterpreterState;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.ModuleProvider;

/**
 * The gc module. Java's collector does the work; {@code collect()} runs a full collection
 * and then the callbacks of the weak references it cleared and the closing of the
 * generators it found dropped, so that a program which drops its last reference and calls
 * gc.collect() sees weakref callbacks and finalizers run as in CPython. Java reports no count of unreachable objects, so collect() returns 0.
 */
public final class GcModule implements ModuleProvider {
    /** Whether automatic collection is enabled, as far as the program can tell. */
    private static final class Switch {
        volatile boolean enabled = true;
    }

    @Override
    public String name() {
        return "gc";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("gc");
        Switch sw = InterpreterState.current().extension(Switch.class, Switch::new);
        def(m, "collect", (a, kw) -> {
            Args.check("collect", a, kw, 0, 1);
            WeakRegistry registry = WeakRegistry.current();
            registry.collect();
            Callbacks.runPending(registry);
            InterpreterState.current().runFinalisers();
            return PyInt.of(0);
        });
        def(m, "enable", (a, kw) -> {
            Args.check("enable", a, kw, 0, 0);
            sw.enabled = true;
            return PyNone.NONE;
        });
        def(m, "disable", (a, kw) -> {
            Args.check("disable", a, kw, 0, 0);
            sw.enabled = false;
            return PyNone.NONE;
        });
        def(m, "isenabled", (a, kw) -> {
            Args.check("isenabled", a, kw, 0, 0);
            return PyBool.of(sw.enabled);
        });
        return m;
    }

    private static void def(PyModule m, String name, PyBuiltinFunction.Body body) {
        m.set(name, new PyBuiltinFunction(name, body));
    }
}
