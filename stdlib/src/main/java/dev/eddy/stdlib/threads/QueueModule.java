package dev.eddy.stdlib.threads;

import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.PyModule;

/** The _queue module, queue.py's accelerator: SimpleQueue and the Empty exception. */
public final class QueueModule implements ModuleProvider {
    @Override
    public String name() {
        return "_queue";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_queue");
        m.set("SimpleQueue", PySimpleQueue.TYPE);
        m.set("Empty", PySimpleQueue.EMPTY);
        return m;
    }
}
