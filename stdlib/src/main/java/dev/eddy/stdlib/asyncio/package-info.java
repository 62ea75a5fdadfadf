/**
 * The asyncio module. {@link dev.eddy.stdlib.asyncio.EventLoop} is the loop (ready queue,
 * timer heap, a java.nio Selector; CPython's _run_once step for step);
 * {@link dev.eddy.stdlib.asyncio.PyFuture} and {@link dev.eddy.stdlib.asyncio.PyTask} follow
 * CPython's C implementation; {@link dev.eddy.stdlib.asyncio.Handle} and
 * {@link dev.eddy.stdlib.asyncio.TimerHandle} are the scheduled callbacks. Hot coroutines
 * (sleep, Queue.get/put/join) are {@link dev.eddy.stdlib.asyncio.NativeCoroutine} state
 * machines; run_in_executor submits to a concurrent.futures executor (by default a
 * ThreadPoolExecutor, whose threads run Python under
 * {@link dev.eddy.runtime.Gil}); sockets and transports back the streams API. The
 * higher levels are Python source (resources: asyncio.py), run in the module's namespace
 * by {@link dev.eddy.stdlib.asyncio.AsyncioModule}.
 *
 * <p>The debugging aids beyond CPython 3.11 (README, "Debugging asyncio programs"):
 * {@link dev.eddy.stdlib.asyncio.DebugOptions} reads their -X switches;
 * {@link dev.eddy.stdlib.asyncio.CallGraph} is CPython 3.14's call graphs;
 * {@link dev.eddy.stdlib.asyncio.TaskIntrospection} says where a task stands and what it
 * waits for, which {@link dev.eddy.stdlib.asyncio.Deadlock} (the deadlock report) and
 * {@link dev.eddy.stdlib.asyncio.TaskTree} (the tree printed on a signal) print;
 * {@link dev.eddy.stdlib.asyncio.VirtualClock} is the virtual and the seeded clock;
 * {@link dev.eddy.stdlib.asyncio.TaskAccounting} counts steps and CPU time in debug mode.
 *
 * <p>Depends on the interpreter's runtime (dev.eddy.runtime), its builtins helpers and its
 * traceback formatter, and on dev.eddy.stdlib for functools.partial and collections.deque;
 * nothing depends on it but the module registry (META-INF/services).
 */
package dev.eddy.stdlib.asyncio;
