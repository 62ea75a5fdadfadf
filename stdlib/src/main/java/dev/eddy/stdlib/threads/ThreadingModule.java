package dev.eddy.stdlib.threads;

import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.SourceModules;

/** The threading module: {@code threading.py} beside this class, over {@link ThreadModule _thread}. */
public final class ThreadingModule implements ModuleProvider {
    @Override
    public String name() {
        return "threading";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("threading");
        SourceModules.execResource(ThreadingModule.class, "threading.py", m);
        return m;
    }
}
