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
 * <p>Depends on the interpreter's runtime (dev.eddy.runtime), its builtins helpers and its
 * traceback formatter, and on dev.eddy.stdlib for functools.partial and collections.deque;
 * nothing depends on it but the module registry (META-INF/services).
 */
package dev.eddy.stdlib.asyncio;
