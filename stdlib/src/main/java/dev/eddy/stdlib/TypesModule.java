package dev.eddy.stdlib;

import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.SourceModules;

/**
 * The types module, kept in Eddy's own Python (types.py beside this class) rather than
 * CPython's: CPython's types.py derives every type from a sample object, and several of those
 * samples (getset and member descriptors, slot wrappers, list[int], int | str) are objects
 * Eddy's runtime does not make yet. Names Eddy has no type for are left out, not faked.
 * SimpleNamespace, a C type in CPython, is Java ({@link PySimpleNamespace}).
 */
public final class TypesModule implements ModuleProvider {
    @Override
    public String name() {
        return "types";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("types");
        m.set("SimpleNamespace", PySimpleNamespace.TYPE);
        SourceModules.execResource(TypesModule.class, "types.py", m);
        return m;
    }
}
