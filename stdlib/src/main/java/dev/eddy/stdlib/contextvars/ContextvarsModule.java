package dev.eddy.stdlib.contextvars;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyModule;

/** The contextvars module (CPython's _contextvars): Context, ContextVar, Token, copy_context. */
public final class ContextvarsModule implements ModuleProvider {
    @Override
    public String name() {
        return "contextvars";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("contextvars");
        m.set("Context", PyContext.TYPE);
        m.set("ContextVar", PyContextVar.TYPE);
        m.set("Token", PyToken.TYPE);
        m.set("copy_context", new PyBuiltinFunction("copy_context", (a, kw) -> {
            Args.check("copy_context", a, kw, 0, 0);
            return PyContext.copyCurrent();
        }));
        return m;
    }
}
