package dev.eddy.cli;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;

import dev.eddy.interpreter.Interpreter;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.InterpreterState;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.stdlib.asyncio.EventLoop;

/**
 * Where a REPL's input runs: on the interpreter's thread, while the line reader waits for the
 * next line on a thread of its own. Input runs one piece at a time, as it comes, until a piece
 * awaits at top level; that one starts an asyncio event loop, which from then on runs between
 * prompts, as in {@code python3 -m asyncio}: a task started at one prompt goes on while the user
 * types the next, and input runs as a callback of that loop (so {@code asyncio.create_task}
 * works at the prompt), each awaiting piece as a task.
 *
 * <p>Ctrl-C while input runs raises KeyboardInterrupt in it; if the loop was running a task at
 * the time, the input's own task is cancelled instead and the loop goes on, as in CPython's
 * asyncio REPL.
 */
final class ReplSession {
    /** What the reader asks for when the session is to end. */
    private static final Runnable CLOSE = () -> { };

    private final Interpreter interpreter;
    /** Where a failure of Eddy itself is reported (the session goes on). */
    private final java.io.OutputStream err;
    /** Work for the interpreter's thread while no event loop runs. */
    private final BlockingQueue<Runnable> inbox = new LinkedBlockingQueue<>();
    /** The session's event loop, once an input has awaited at top level. */
    private volatile EventLoop loop;
    private volatile boolean closed;
    /** The task running the current input (interpreter thread only), or null. */
    private PyObject inputTask;
    /** Whether the current input's task was cancelled by Ctrl-C (interpreter thread only). */
    private boolean inputInterrupted;
    /** Whether an input is running now (so Ctrl-C is for it). */
    private volatile boolean running;

    ReplSession(Interpreter interpreter, java.io.OutputStream err) {
        this.interpreter = interpreter;
        this.err = err;
    }

    /** Whether the session's event loop has started. */
    boolean hasEventLoop() {
        return loop != null;
    }

    /**
     * On the interpreter's thread: runs what the reader hands over until {@link #close}. While an
     * event loop exists, this runs it.
     */
    void serve() {
        while (!closed) {
            EventLoop l = loop;
            if (l == null) {
                Runnable work;
                try {
                    work = inbox.take();
                } catch (InterruptedException e) {
                    // Ctrl-C reached the thread between inputs: nothing to interrupt
                    continue;
                }
                if (work == CLOSE) {
                    closed = true;
                } else {
                    work.run();
                }
                continue;
            }
            try {
                Ops.callMethod(l, "run_forever");
            } catch (PyException e) {
                if (!e.matches(Exceptions.KEYBOARD_INTERRUPT)) {
                    // the loop ended with an error: report it as the REPL reports any error
                    interpreter.finishInteractive(e.value);
                    continue;
                }
                PyObject task = inputTask;
                if (task != null && !Ops.callMethod(task, "done").isTrue()) {
                    inputInterrupted = true;
                    Ops.callMethod(task, "cancel");
                }
            }
        }
    }

    /** On the reader's thread: runs one input to its end; -1 to go on, or the session's exit status. */
    int run(String source) {
        CompletableFuture<Integer> status = new CompletableFuture<>();
        handOver(() -> {
            running = true;
            int s;
            try {
                s = interpreter.runInteractive(source, coroutine -> startTask(coroutine, status));
            } catch (RuntimeException | StackOverflowError e) {
                // a bug in Eddy: reported on one line; the session and its variables stay
                Main.internalError(e, err);
                s = -1;
            } finally {
                running = inputTask != null;
            }
            if (s != Interpreter.STARTED_COROUTINE) {
                status.complete(s);
            }
        });
        return await(status);
    }

    /**
     * On the reader's thread: computes something on the interpreter's thread (between inputs, or
     * as a loop callback) and waits for it; null if it failed.
     */
    <T> T call(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        handOver(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.complete(null);
            }
        });
        try {
            return result.get();
        } catch (InterruptedException | ExecutionException e) {
            return null;
        }
    }

    /** On the reader's thread: ends {@link #serve}. */
    void close() {
        EventLoop l = loop;
        if (l == null) {
            inbox.add(CLOSE);
            return;
        }
        l.runSoonFromAnyThread(() -> {
            closed = true;
            Ops.callMethod(l, "stop");
        });
    }

    /**
     * Ctrl-C while an input runs (any thread): KeyboardInterrupt where the interpreter is. An
     * event loop idle in select is woken to take it at once.
     *
     * @return whether an input was running
     */
    boolean interrupt() {
        if (!running) {
            return false;
        }
        interpreter.interrupt();
        EventLoop l = loop;
        if (l != null) {
            l.runSoonFromAnyThread(() -> {
                InterpreterState state = InterpreterState.current();
                if (state.pending) {
                    state.handlePending();
                }
            });
        }
        return true;
    }

    /** Whether a Ctrl-C given earlier has not reached the running code yet. */
    boolean interruptPending() {
        return interpreter.state().signals.anyPending();
    }

    private void handOver(Runnable work) {
        EventLoop l = loop;
        if (l == null) {
            inbox.add(work);
        } else {
            l.runSoonFromAnyThread(work);
        }
    }

    /** Interpreter thread: runs an awaiting input's coroutine as a task of the session's loop. */
    private void startTask(PyObject coroutine, CompletableFuture<Integer> status) {
        EventLoop l = loop;
        if (l == null) {
            l = startEventLoop();
        }
        PyObject task = Ops.callMethod(l, "create_task", coroutine);
        inputTask = task;
        inputInterrupted = false;
        Ops.callMethod(task, "add_done_callback", new PyBuiltinFunction("_repl_input_done", (a, kw) -> {
            inputTask = null;
            running = false;
            PyBaseException error = null;
            if (inputInterrupted && Ops.callMethod(task, "cancelled").isTrue()) {
                error = Exceptions.make(Exceptions.KEYBOARD_INTERRUPT, null);
            } else {
                try {
                    Ops.callMethod(task, "result");
                } catch (PyException e) {
                    error = e.value;
                }
            }
            status.complete(interpreter.finishInteractive(error));
            return PyNone.NONE;
        }));
    }

    /** The session's event loop: asyncio's new_event_loop(), made the current loop. */
    EventLoop startEventLoop() {
        PyObject asyncio = interpreter.state().importer.importModule("asyncio");
        EventLoop l = (EventLoop) Ops.callMethod(asyncio, "new_event_loop");
        Ops.callMethod(asyncio, "set_event_loop", l);
        loop = l;
        return l;
    }

    private static int await(CompletableFuture<Integer> status) {
        while (true) {
            try {
                return status.get();
            } catch (InterruptedException e) {
                // the reader is never interrupted on purpose: keep waiting
            } catch (ExecutionException e) {
                return -1;
            }
        }
    }
}
