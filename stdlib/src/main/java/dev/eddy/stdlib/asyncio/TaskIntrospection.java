package dev.eddy.stdlib.asyncio;

import dev.eddy.runtime.Frame;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyGenerator;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a task is doing, for the debugging reports: its coroutine stack, the line it stands
 * at, and what it waits for (a task, a gather, a Lock and its holder, an Event, a Queue, a
 * sleep's deadline, a job on another thread, a child process, a stream).
 */
final class TaskIntrospection {
    private TaskIntrospection() {
    }

    /** The frames of a task's coroutine chain, outermost first (suspended coroutines awaiting one another). */
    static List<Frame> coroutineFrames(PyTask t) {
        List<Frame> frames = new ArrayList<>();
        PyObject c = t.coro;
        for (int guard = 0; c instanceof PyGenerator g && !g.isFinished() && guard < 1000; guard++) {
            frames.add(g.frame);
            c = g.delegate;
        }
        return frames;
    }

    /** The innermost awaited object that is not a Python coroutine (a native sleep, a future's iterator), or null. */
    static PyObject innermostAwaitable(PyTask t) {
        PyObject c = t.coro;
        for (int guard = 0; c instanceof PyGenerator g && guard < 1000; guard++) {
            c = g.delegate;
        }
        return c == t.coro ? null : c;
    }

    /** Whether {@code f} runs asyncio's own Python source (a Lock's acquire, a TaskGroup's __aexit__). */
    static boolean isAsyncioFrame(Frame f) {
        PyModule m = AsyncioState.get().module;
        return m != null && f.module == m;
    }

    /** "file:line in qualname()" of the task's innermost frame of the program's own code. */
    static String location(PyTask t) {
        List<Frame> frames = coroutineFrames(t);
        for (int i = frames.size() - 1; i >= 0; i--) {
            Frame f = frames.get(i);
            if (!isAsyncioFrame(f) || i == 0) {
                return where(f, f.generator != null && !f.generator.isStarted());
            }
        }
        return t.coro == null ? "nowhere" : Formatting.coroutine(t.coro);
    }

    static String where(Frame f, boolean notStarted) {
        int line = notStarted || f.line <= 0 ? f.code.firstLine : f.line;
        return f.code.filename() + ":" + line + " in " + f.code.qualname + "()";
    }

    static String taskName(PyObject t) {
        if (t instanceof PyTask task) {
            return "Task " + task.name().repr().value;
        }
        try {
            return "Task " + Ops.callMethod(t, "get_name").repr().value;
        } catch (PyException e) {
            return t.repr().value;
        }
    }

    private static String repr(PyObject o) {
        try {
            return o.repr().value;
        } catch (PyException e) {
            return "<" + o.type().name + " object>";
        }
    }

    private static PyObject attr(PyObject o, String name) {
        try {
            PyObject v = o.lookupAttr(name);
            return v == null ? PyNone.NONE : v;
        } catch (PyException e) {
            return PyNone.NONE;
        }
    }

    /** The tasks a task waits for: an awaited task, a gather's unfinished ones, a Lock's holder, a TaskGroup's. */
    static Set<PyObject> waitsForTasks(PyTask t) {
        Set<PyObject> out = new LinkedHashSet<>();
        collectTasks(t.futWaiter, out, 0);
        return out;
    }

    private static void collectTasks(PyObject w, Set<PyObject> out, int depth) {
        if (w == null || depth > 20) {
            return;
        }
        if (w instanceof PyTask task) {
            if (!task.done()) {
                out.add(task);
            }
            return;
        }
        if (w instanceof GatheringFuture g) {
            for (PyObject c : g.children()) {
                collectTasks(c, out, depth + 1);
            }
            return;
        }
        if (w instanceof PyFuture f && f.waitSubject != null && f.waitKind != null) {
            switch (f.waitKind) {
                case "Lock.acquire" -> {
                    PyObject holder = attr(f.waitSubject, "_holder");
                    if (holder instanceof PyTask h && !h.done()) {
                        out.add(h);
                    }
                }
                case "TaskGroup" -> {
                    PyObject tasks = attr(f.waitSubject, "_tasks");
                    if (tasks != PyNone.NONE) {
                        for (PyObject c : Ops.toArray(tasks)) {
                            collectTasks(c, out, depth + 1);
                        }
                    }
                }
                default -> {
                }
            }
        }
    }

    /** What the task waits for, in words; {@code stuck} adds why nothing will come (the deadlock report). */
    static String waitDescription(PyTask t, EventLoop loop, boolean stuck) {
        PyObject w = t.futWaiter;
        if (w == null) {
            if (loop.currentTask() == t) {
                return "is running";
            }
            PyObject inner = innermostAwaitable(t);
            return inner instanceof Sleep ? "is about to sleep" : "is ready to run";
        }
        if (w instanceof PyTask task) {
            return "awaits " + taskName(task);
        }
        if (w instanceof GatheringFuture g) {
            List<String> names = new ArrayList<>();
            for (PyObject c : g.children()) {
                if (!EventLoop.isDoneAny(c)) {
                    names.add(c instanceof PyTask ct ? taskName(ct) : repr(c));
                }
            }
            return "awaits gather() of " + String.join(", ", names);
        }
        if (w instanceof PyFuture f && f.waitKind != null) {
            return subjectDescription(f, loop, stuck);
        }
        return "awaits " + repr(w) + (stuck ? ", which nothing is left to complete" : "");
    }

    private static String subjectDescription(PyFuture f, EventLoop loop, boolean stuck) {
        PyObject s = f.waitSubject;
        switch (f.waitKind) {
            case "sleep": {
                if (s instanceof TimerHandle th) {
                    double now = loop.time();
                    return String.format(Locale.ROOT, "sleeps until loop time %.3f (%.3f s from now)", th.when, th.when - now);
                }
                return "sleeps";
            }
            case "Lock.acquire": {
                PyObject holder = attr(s, "_holder");
                String by = holder instanceof PyTask h ? "held by " + taskName(h)
                        : "held outside any task";
                return "waits for Lock " + repr(s) + " " + by;
            }
            case "Event.wait":
                return "waits for Event " + repr(s) + (stuck ? ", which no task is left to set" : "");
            case "Condition.wait":
                return "waits on Condition " + repr(s) + (stuck ? ", which no task is left to notify" : "");
            case "Semaphore.acquire":
                return "waits for Semaphore " + repr(s) + (stuck ? ", which no task is left to release" : "");
            case "Queue.get":
                return "waits in Queue.get on " + repr(s) + (stuck ? ": the queue is empty and no task is left to put into it" : "");
            case "Queue.put":
                return "waits in Queue.put on " + repr(s) + (stuck ? ": the queue is full and no task is left to get from it" : "");
            case "Queue.join":
                return "waits in Queue.join on " + repr(s) + (stuck ? ": items not marked done and no task is left to do it" : "");
            case "TaskGroup": {
                List<String> names = new ArrayList<>();
                PyObject tasks = attr(s, "_tasks");
                if (tasks != PyNone.NONE) {
                    for (PyObject c : Ops.toArray(tasks)) {
                        names.add(taskName(c));
                    }
                }
                return "waits for its TaskGroup's tasks: " + String.join(", ", names);
            }
            case "executor":
                return "waits for a job on another thread (" + repr(s) + ")";
            case "Process.wait":
                return "waits for child process " + repr(attr(s, "pid")) + " to exit";
            case "StreamReader.read":
                return "waits to read from " + repr(s);
            case "StreamWriter.drain":
                return "waits to write to " + repr(s);
            default:
                return "waits in " + f.waitKind + " on " + repr(s);
        }
    }

    /** A label for a frame line of the reports, e.g. "  at x.py:12 in worker()". */
    static String stackLines(PyTask t, String indent) {
        StringBuilder sb = new StringBuilder();
        for (Frame f : coroutineFrames(t)) {
            if (isAsyncioFrame(f)) {
                continue;
            }
            sb.append(indent).append(where(f, f.generator != null && !f.generator.isStarted())).append('\n');
        }
        return sb.toString();
    }

    static PyStr str(String s) {
        return new PyStr(s);
    }
}
