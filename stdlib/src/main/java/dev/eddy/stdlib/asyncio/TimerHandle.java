package dev.eddy.stdlib.asyncio;

import dev.eddy.runtime.CompareOp;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyNotImplemented;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyType;

/**
 * A callback scheduled for a time (asyncio.TimerHandle). The loop's timer heap orders them
 * by deadline, then by the order they were scheduled in.
 */
public final class TimerHandle extends Handle {
    public static final PyType TYPE = PyType.builtin("TimerHandle", Handle.TYPE, null);

    static {
        TYPE.module = "asyncio.events";
        TYPE.def("when", (a, kw) -> new PyFloat(SelfCheck.of(a[0], TimerHandle.class, "TimerHandle").when));
    }

    final double when;
    final long sequence;
    /** True while the handle sits in the loop's timer heap. */
    boolean scheduled;

    TimerHandle(double when, long sequence, PyObject callback, PyObject[] args, EventLoop loop) {
        super(callback, args, loop);
        this.when = when;
        this.sequence = sequence;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static int compare(TimerHandle a, TimerHandle b) {
        int c = Double.compare(a.when, b.when);
        return c != 0 ? c : Long.compare(a.sequence, b.sequence);
    }

    @Override
    void cancel() {
        if (!cancelled && scheduled) {
            loop.timerCancelledCount++;
        }
        super.cancel();
    }

    @Override
    void extraInfo(StringBuilder sb) {
        sb.append(" when=").append(new PyFloat(when).repr().value);
    }

    @Override
    public long hash() {
        return new PyFloat(when).hash();
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof TimerHandle o)) {
            return PyNotImplemented.INSTANCE;
        }
        boolean same = when == o.when && callback == o.callback && cancelled == o.cancelled;
        switch (op) {
            case LT: return PyBool.of(when < o.when);
            case GT: return PyBool.of(when > o.when);
            case LE: return PyBool.of(when < o.when || same);
            case GE: return PyBool.of(when > o.when || same);
            case EQ: return PyBool.of(this == o || same);
            case NE: return PyBool.of(!(this == o || same));
            default: return PyNotImplemented.INSTANCE;
        }
    }
}
