package dev.eddy.stdlib.asyncio;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Per-task accounting in debug mode: each step's thread CPU time and the number of steps
 * (counted by {@link PyTask#step}), shown in the task tree and in slow-callback warnings.
 */
final class TaskAccounting {
    private TaskAccounting() {
    }

    /** Loaded on the first step in debug mode only. */
    private static final class Clock {
        static final ThreadMXBean BEAN = ManagementFactory.getThreadMXBean();
        static final boolean SUPPORTED = BEAN.isCurrentThreadCpuTimeSupported();
    }

    /** The calling thread's CPU time in nanoseconds (its wall time where the JVM cannot tell). */
    static long cpuNow() {
        return Clock.SUPPORTED ? Clock.BEAN.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** "3 steps, cpu 1.250 ms" */
    static String summary(PyTask t) {
        return t.steps + (t.steps == 1 ? " step" : " steps") + ", cpu " + duration(t.cpuNanos);
    }

    static String duration(long nanos) {
        if (nanos >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
        }
        return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
    }

    /**
     * What a slow-callback warning adds for a task's step, on a line of its own after CPython's:
     * where the step ran, its CPU time, the task's totals.
     */
    static String slowStepNote(PyTask t, String from, long cpuBefore) {
        String to = t.done() ? "the end of " + (t.coro == null ? "the coroutine" : Formatting.coroutine(t.coro))
                : TaskIntrospection.location(t);
        return "\n  the step ran from " + from + " to " + to + ", cpu " + duration(t.cpuNanos - cpuBefore)
                + "; the task so far: " + summary(t);
    }
}
