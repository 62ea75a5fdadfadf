/**
 * Threads: the {@code _thread} module (real JVM threads under the interpreter lock, locks,
 * thread-local data) and {@code threading}, written in Python over it
 * ({@code threading.py} beside these classes); {@code _queue} (SimpleQueue, under CPython's
 * queue.py); {@code concurrent.futures}, the asyncio-shared Java Future with the executors,
 * wait() and as_completed() in Python ({@code futures.py}).
 */
package dev.eddy.stdlib.threads;
