package dev.eddy.stdlib;

import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.PyModule;

/** _random: the generator core under CPython's random.py. */
public final class UnderscoreRandomModule implements ModuleProvider {
    @Override
    public String name() {
        return "_random";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_random");
        m.set("Random", PyCoreRandom.TYPE);
        return m;
    }
}
