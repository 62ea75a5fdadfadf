package dev.eddy.stdlib.asyncio;

import dev.eddy.runtime.InterpreterState;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.Signals;
import dev.eddy.runtime.ThreadState;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The live task tree, printed to stderr on demand (-X asyncio-dump-on-signal, SIGUSR1 by
 * default): every unfinished task of the loop under the task that awaits it (directly, through
 * a gather, or as its TaskGroup's parent), with its name, state, current line and what it waits
 * for; in debug mode also its steps and CPU time. The program goes on.
 */
final class TaskTree {
    private TaskTree() {
    }

    /** The text of the tree. */
    static String render(EventLoop loop) {
        List<PyTask> tasks = loop.pendingTasks();
        Map<PyTask, List<PyTask>> children = new IdentityHashMap<>();
        List<PyTask> roots = new ArrayList<>();
        for (PyTask t : tasks) {
            PyTask parent = parentTask(t);
            if (parent == null || parent.done()) {
                roots.add(t);
            } else {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(t);
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("asyncio: ").append(tasks.size()).append(tasks.size() == 1 ? " task" : " tasks").append(" of ")
                .append(loop.reprText()).append(String.format(Locale.ROOT, ", loop time %.3f", loop.time())).append('\n');
        IdentityHashMap<PyTask, Boolean> shown = new IdentityHashMap<>();
        for (PyTask r : roots) {
            line(sb, loop, r, children, 0, shown);
        }
        for (PyTask t : tasks) {
            if (!shown.containsKey(t)) {
                line(sb, loop, t, children, 0, shown); // awaiting one another in a cycle: no root leads there
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, EventLoop loop, PyTask t, Map<PyTask, List<PyTask>> children, int level,
            IdentityHashMap<PyTask, Boolean> shown) {
        if (shown.put(t, Boolean.TRUE) != null) {
            return;
        }
        String indent = "  ".repeat(level);
        sb.append(indent).append("* ").append(TaskIntrospection.taskName(t)).append(' ')
                .append(t.numCancelsRequested > 0 ? "cancelling" : "pending")
                .append(" at ").append(TaskIntrospection.location(t)).append(": ")
                .append(TaskIntrospection.waitDescription(t, loop, false));
        if (loop.debug) {
            sb.append(" [").append(TaskAccounting.summary(t)).append(']');
        }
        sb.append('\n');
        for (PyTask c : children.getOrDefault(t, List.of())) {
            line(sb, loop, c, children, level + 1, shown);
        }
    }

    /** The task awaiting {@code t}: directly, or through the futures (a gather) that await it. */
    static PyTask parentTask(PyTask t) {
        PyObject f = t;
        for (int guard = 0; guard < 100 && f instanceof PyFuture pf; guard++) {
            List<PyObject> awaiters = pf.awaiters();
            if (awaiters.isEmpty()) {
                return null;
            }
            PyObject a = awaiters.get(0);
            if (a instanceof PyTask task) {
                return task;
            }
            f = a;
        }
        return null;
    }

    /** The signal handler that prints the tree, and how to take it away again. */
    static final class SignalInstallation {
        private final Signals signals;
        private final int sig;
        private final PyObject handler;

        private SignalInstallation(Signals signals, int sig, PyObject handler) {
            this.signals = signals;
            this.sig = sig;
            this.handler = handler;
        }

        /** Puts the signal's default back, unless the program has set a handler of its own meanwhile. */
        void remove() {
            if (signals.disposition(sig) == Signals.Disposition.JAVA && signals.handler(sig) == handler) {
                signals.set(sig, Signals.Disposition.DEFAULT, null);
            }
        }
    }

    /**
     * Makes {@code sig} print the tree of {@code loop} while it runs, when the loop runs in the
     * main thread and the program has no handler of its own for that signal; else null.
     */
    static SignalInstallation installSignal(EventLoop loop, int sig) {
        ThreadState ts = ThreadState.current();
        if (!ts.isMain()) {
            return null;
        }
        Signals signals = ts.interp.signals;
        if (signals.disposition(sig) != Signals.Disposition.DEFAULT) {
            return null;
        }
        PyObject handler = new PyBuiltinFunction("_print_task_tree", (a, kw) -> PyNone.NONE);
        InterpreterState interp = ts.interp;
        signals.set(sig, Signals.Disposition.JAVA, handler, s -> loop.runSoonFromAnyThread(() -> {
            if (interp == InterpreterState.current()) {
                Formatting.writeStderr(render(loop));
            }
        }));
        return new SignalInstallation(signals, sig, handler);
    }
}
