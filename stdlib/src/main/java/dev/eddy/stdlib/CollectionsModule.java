package dev.eddy.stdlib;

import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.PyModule;

/** The collections module: deque, defaultdict, OrderedDict, Counter and namedtuple in Java; ChainMap in collections.py beside this class. */
public final class CollectionsModule implements ModuleProvider {
    @Override
    public String name() {
        return "collections";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("collections");
        m.set("deque", PyDeque.TYPE);
        m.set("defaultdict", PyDefaultDict.TYPE);
        m.set("OrderedDict", PyOrderedDict.TYPE);
        m.set("Counter", PyCounter.TYPE);
        Mod.def(m, "namedtuple", NamedTuple::factory);
        dev.eddy.runtime.SourceModules.execResourceOnFirstUse(CollectionsModule.class, "collections.py", m, "ChainMap");
        return m;
    }
}
