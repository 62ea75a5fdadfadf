package dev.eddy.stdlib.threads;

import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyModule;

/** The concurrent package: only a parent for {@link ConcurrentFuturesModule concurrent.futures}. */
public final class ConcurrentModule implements ModuleProvider {
    @Override
    public String name() {
        return "concurrent";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("concurrent");
        m.set("__path__", new PyList());
        return m;
    }
}
