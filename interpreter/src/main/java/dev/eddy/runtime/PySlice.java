package dev.eddy.runtime;

/** A slice object: start:stop:step, each possibly None. */
public final class PySlice extends PyObject {
    public static final PyType TYPE = PyType.builtin("slice", PyType.OBJECT, (cls, a, kw) -> {
        Args.check("slice", a, kw, 1, 3);
        if (a.length == 1) {
            return new PySlice(PyNone.NONE, a[0], PyNone.NONE);
        }
        return new PySlice(a[0], a[1], a.length > 2 ? a[2] : PyNone.NONE);
    });

    static {
        TYPE.def("__reduce__", (a, kw) -> {
            Args.checkMethod("__reduce__", a, kw, 0, 0);
            PySlice s = (PySlice) a[0];
            return PyTuple.of(TYPE, PyTuple.of(s.start, s.stop, s.step));
        });
    }

    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static long toIndex(PyObject o) {
        PyInt i = o.asIndexOrNull();
        if (i == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        if (i.isBig()) {
            return i.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
        return i.value;
    }

    /** CPython's PySlice_GetIndicesEx: {start, stop, step, slicelength} for a sequence of {@code length}. */
    public int[] indices(int length) {
        long st = step == PyNone.NONE ? 1 : toIndex(step);
        if (st == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        long lo;
        long hi;
        if (st > 0) {
            lo = start == PyNone.NONE ? 0 : clamp(toIndex(start), length, 0, length);
            hi = stop == PyNone.NONE ? length : clamp(toIndex(stop), length, 0, length);
        } else {
            lo = start == PyNone.NONE ? length - 1 : clamp(toIndex(start), length, -1, length - 1);
            hi = stop == PyNone.NONE ? -1 : clamp(toIndex(stop), length, -1, length - 1);
        }
        long n;
        if (st > 0) {
            n = hi > lo ? (hi - lo - 1) / st + 1 : 0;
        } else {
            n = lo > hi ? (lo - hi - 1) / (-st) + 1 : 0;
        }
        return new int[] {(int) lo, (int) hi, (int) Math.max(Math.min(st, Integer.MAX_VALUE), -Integer.MAX_VALUE), (int) n};
    }

    private static long clamp(long i, int length, long min, long max) {
        if (i < 0) {
            i += length;
        }
        return Math.max(min, Math.min(max, i));
    }

    @Override
    public PyStr repr() {
        return new PyStr("slice(" + start.repr().value + ", " + stop.repr().value + ", " + step.repr().value + ")");
    }

    @Override
    public PyObject lookupAttr(String name) {
        switch (name) {
            case "start": return start;
            case "stop": return stop;
            case "step": return step;
            default: return super.lookupAttr(name);
        }
    }

    @Override
    public long hash() {
        throw Errors.typeError("unhashable type: 'slice'");
    }
}
