package dev.eddy.stdlib.threads;

import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.SourceModules;
import dev.eddy.stdlib.asyncio.ConcurrentFuture;

/**
 * The concurrent.futures module: the thread-safe Future and its exceptions from Java
 * ({@link ConcurrentFuture}, shared with asyncio's thread bridges), the executors, wait() and
 * as_completed() in {@code futures.py} beside this class.
 */
public final class ConcurrentFuturesModule implements ModuleProvider {
    @Override
    public String name() {
        return "concurrent.futures";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("concurrent.futures");
        m.set("Future", ConcurrentFuture.TYPE);
        m.set("Error", ConcurrentFuture.ERROR);
        m.set("CancelledError", ConcurrentFuture.CANCELLED_ERROR);
        m.set("InvalidStateError", ConcurrentFuture.INVALID_STATE_ERROR);
        SourceModules.execResource(ConcurrentFuturesModule.class, "futures.py", m);
        return m;
    }
}
