package dev.eddy.stdlib.asyncio;

import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyObject;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deadlock report: the loop's main future is not done, yet nothing is ready, no timer is
 * set, and no I/O, signal handler, thread, executor job or child process is left to wake the
 * loop. It prints "asyncio: deadlock" and the wait-for graph to stderr (each task, where it
 * stands and what it waits for, and a cycle of tasks waiting for one another if there is one),
 * then throws RuntimeError into the main task, so that the program ends instead of hanging.
 */
final class Deadlock {
    private Deadlock() {
    }

    static final String MESSAGE = "asyncio deadlock: every task is waiting and nothing is left to wake them (see the report above)";

    static void report(EventLoop loop, PyObject main) {
        List<PyTask> tasks = loop.pendingTasks();
        StringBuilder sb = new StringBuilder();
        sb.append("asyncio: deadlock: ").append(tasks.size()).append(tasks.size() == 1 ? " task waits" : " tasks wait")
                .append(" and no callback, timer, I/O, signal handler, thread or child process is left to wake the loop\n");
        for (PyTask t : tasks) {
            sb.append("  ").append(TaskIntrospection.taskName(t)).append(" at ").append(TaskIntrospection.location(t))
                    .append(' ').append(TaskIntrospection.waitDescription(t, loop, true)).append('\n');
        }
        List<PyTask> cycle = findCycle(tasks);
        if (cycle != null) {
            sb.append("  cycle: ");
            for (PyTask t : cycle) {
                sb.append(TaskIntrospection.taskName(t)).append(" -> ");
            }
            sb.append(TaskIntrospection.taskName(cycle.get(0))).append('\n');
        }
        Formatting.writeStderr(sb.toString());
        PyBaseException err = Exceptions.make(Exceptions.RUNTIME_ERROR, MESSAGE);
        if (main instanceof PyTask t && !t.done()) {
            t.interrupt(err);
        } else if (main instanceof PyFuture f && !f.type.heapType) {
            f.setException(err);
        } else {
            Ops.callMethod(main, "set_exception", err);
        }
    }

    /** A cycle in the wait-for graph of tasks (each waits for the next), or null. */
    private static List<PyTask> findCycle(List<PyTask> tasks) {
        Map<PyTask, Integer> state = new IdentityHashMap<>(); // 1: on the path, 2: done
        for (PyTask t : tasks) {
            List<PyTask> path = new ArrayList<>();
            List<PyTask> c = visit(t, state, path);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private static List<PyTask> visit(PyTask t, Map<PyTask, Integer> state, List<PyTask> path) {
        Integer s = state.get(t);
        if (s != null) {
            if (s == 1) {
                return new ArrayList<>(path.subList(path.indexOf(t), path.size()));
            }
            return null;
        }
        state.put(t, 1);
        path.add(t);
        for (PyObject next : TaskIntrospection.waitsForTasks(t)) {
            if (next instanceof PyTask nt) {
                List<PyTask> c = visit(nt, state, path);
                if (c != null) {
                    return c;
                }
            }
        }
        path.remove(path.size() - 1);
        state.put(t, 2);
        return null;
    }
}
