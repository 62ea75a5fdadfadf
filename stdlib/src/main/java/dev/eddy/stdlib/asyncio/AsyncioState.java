package dev.eddy.stdlib.asyncio;

import dev.eddy.runtime.InterpreterState;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyObject;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * asyncio's state in one interpreter: the module object, the policy's loops, task numbering,
 * the event loops made, the never-started native coroutines and the async generators to
 * finalize. Each interpreter in the JVM has its own (see {@link InterpreterState#extension}).
 */
final class AsyncioState {
    /** The asyncio module of this interpreter. */
    PyModule module;
    /** A policy set with set_event_loop_policy, or null for the default one. */
    PyObject customPolicy;
    /** The default policy's per-thread current loop. */
    final ThreadLocal<AsyncioModule.LoopSlot> slots = ThreadLocal.withInitial(AsyncioModule.LoopSlot::new);
    /** The number in the next default task name ("Task-N"). */
    long taskCounter;
    /** Every event loop made, for the shutdown report. */
    final List<WeakReference<EventLoop>> loops = new ArrayList<>();
    /** Never-started native coroutines, for the "was never awaited" warning (an intrusive list). */
    NativeCoroutine unstartedHead;
    /** Async generators made, with the loop whose hooks were installed when they were made. */
    final List<AsyncGenerators.Entry> asyncGenerators = new ArrayList<>();
    int asyncGeneratorsPruneAt = 256;
    EventLoop asyncGeneratorHookLoop;

    /** The calling thread's interpreter's asyncio state. */
    static AsyncioState get() {
        return InterpreterState.current().extension(AsyncioState.class, AsyncioState::new);
    }
}
