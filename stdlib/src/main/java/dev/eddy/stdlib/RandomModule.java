package dev.eddy.stdlib;

import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.PyModule;

/** The random module. */
public final class RandomModule implements ModuleProvider {
    @Override
    public String name() {
        return "random";
    }

    @Override
    public PyModule create() {
        return PyRandom.module();
    }
}
