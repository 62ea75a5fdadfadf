package dev.eddy.stdlib;

import dev.eddy.builtins.Kw;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyIterator;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.BinaryOp;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInstance;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

import java.util.ArrayList;

/** itertools.count, cycle and repeat. */
final class InfiniteIterators {
    private InfiniteIterators() {
    }

    /** count(start=0, step=1). */
    static final class Count extends ItertoolsIterator {
        static final PyType TYPE = type("count", Count::construct);

        static {
            PyIterator.defReduce(TYPE);
        }

        private PyObject current;
        private final PyObject step;
        private long fast;
        private final long fastStep;
        private boolean isFast;

        Count(PyObject start, PyObject step) {
            super(TYPE);
            this.current = start;
            this.step = step;
            if (start instanceof PyInt s && !s.isBig() && step instanceof PyInt t && !t.isBig()
                    && start.getClass() == PyInt.class && step.getClass() == PyInt.class) {
                isFast = true;
                fast = s.value;
                fastStep = t.value;
            } else {
                fastStep = 0;
            }
        }

        private static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
            int npos = Kw.npos(a, kw);
            if (npos > 2) {
                throw Errors.typeError("count() takes at most 2 arguments (" + a.length + " given)");
            }
            PyObject[] k = Kw.only("count", a, kw, "start", "step");
            PyObject start = npos > 0 ? a[0] : k[0] != null ? k[0] : PyInt.of(0);
            PyObject step = npos > 1 ? a[1] : k[1] != null ? k[1] : PyInt.of(1);
            for (PyObject o : new PyObject[] {start, step}) {
                if (!(o instanceof PyInt || o instanceof PyFloat || o instanceof PyInstance)) {
                    throw Errors.typeError("a number is required");
                }
            }
            return new Count(start, step);
        }

        @Override
        public PyObject next() {
            if (isFast) {
                long v = fast;
                long n = v + fastStep;
                if (((v ^ n) & (fastStep ^ n)) < 0) {
                    isFast = false;
                    current = PyInt.add(PyInt.of(v), PyInt.of(fastStep));
                } else {
                    fast = n;
                }
                return PyInt.of(v);
            }
            PyObject v = current;
            current = Ops.binary(BinaryOp.ADD, v, step);
            return v;
        }

        @Override
        public PyStr repr() {
            PyObject cur = isFast ? PyInt.of(fast) : current;
            boolean unitStep = step instanceof PyInt i && !(step instanceof dev.eddy.runtime.PyBool) && !i.isBig() && i.value == 1;
            return new PyStr("count(" + cur.repr().value + (unitStep ? "" : ", " + step.repr().value) + ")");
        }

        /** (count, (current,)) or (count, (current, step)). */
        @Override
        public PyObject reduce() {
            PyObject cur = isFast ? PyInt.of(fast) : current;
            boolean unitStep = step instanceof PyInt i && !(step instanceof dev.eddy.runtime.PyBool) && !i.isBig() && i.value == 1;
            return PyTuple.of(TYPE, unitStep ? PyTuple.of(cur) : PyTuple.of(cur, step));
        }
    }

    /** cycle(iterable): the items, saved on the first pass, forever. */
    static final class Cycle extends ItertoolsIterator {
        static final PyType TYPE = type("cycle", (cls, a, kw) -> {
            Kw.none("cycle", kw);
            if (a.length != 1) {
                throw Errors.typeError("cycle expected 1 argument, got " + a.length);
            }
            return new Cycle(a[0].iter());
        });

        static {
            PyIterator.defReduce(TYPE);
        }

        private PyObject source;
        private ArrayList<PyObject> saved = new ArrayList<>();
        private int index;
        /** True when the items already saved are all there are: the source's are not saved again. */
        private boolean firstPassDone;

        Cycle(PyObject source) {
            super(TYPE);
            this.source = source;
        }

        /** (cycle, (iterator,), (saved items, whether they are complete)). */
        @Override
        public PyObject reduce() {
            PyList savedList = new PyList(saved.toArray(new PyObject[0]));
            if (source == null) {
                PyObject it = savedList.iter();
                if (index != 0) {
                    it.getAttr("__setstate__").call(PyInt.of(index));
                }
                return PyTuple.of(TYPE, PyTuple.of(it), PyTuple.of(savedList, PyBool.TRUE));
            }
            return PyTuple.of(TYPE, PyTuple.of(source), PyTuple.of(savedList, PyBool.of(firstPassDone)));
        }

        @Override
        public void setState(PyObject state) {
            if (!(state instanceof PyTuple t) || t.items.length != 2 || !(t.items[0] instanceof PyList l)) {
                throw Errors.typeError("state is not a tuple");
            }
            saved = new ArrayList<>(java.util.Arrays.asList(l.toArray()));
            firstPassDone = t.items[1].isTrue();
            index = 0;
        }

        @Override
        public PyObject next() {
            if (source != null) {
                PyObject x = source.next();
                if (x != null) {
                    if (!firstPassDone) {
                        saved.add(x);
                    }
                    return x;
                }
                source = null;
            }
            if (saved.isEmpty()) {
                return null;
            }
            PyObject x = saved.get(index);
            index = (index + 1) % saved.size();
            return x;
        }
    }

    /** repeat(object[, times]). */
    static final class Repeat extends ItertoolsIterator {
        static final PyType TYPE = type("repeat", Repeat::construct);

        static {
            PyIterator.defReduce(TYPE);
        }

        /** (repeat, (object,)) or (repeat, (object, times left)). */
        @Override
        public PyObject reduce() {
            return PyTuple.of(TYPE, remaining >= 0 ? PyTuple.of(object, PyInt.of(remaining)) : PyTuple.of(object));
        }

        private final PyObject object;
        /** -1 for forever. */
        private long remaining;

        Repeat(PyObject object, long times) {
            super(TYPE);
            this.object = object;
            this.remaining = times;
        }

        private static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
            int npos = Kw.npos(a, kw);
            if (npos > 2) {
                throw Errors.typeError("repeat() takes at most 2 arguments (" + a.length + " given)");
            }
            PyObject[] k = Kw.only("repeat", a, kw, "object", "times");
            PyObject obj = npos > 0 ? a[0] : k[0];
            PyObject times = npos > 1 ? a[1] : k[1];
            if (obj == null) {
                throw Errors.typeError("repeat() missing required argument 'object' (pos 1)");
            }
            long n = times == null ? -1 : Math.max(0, Ops.index(times, null).longValueExact());
            return new Repeat(obj, n);
        }

        @Override
        public PyObject next() {
            if (remaining == 0) {
                return null;
            }
            if (remaining > 0) {
                remaining--;
            }
            return object;
        }

        @Override
        public PyStr repr() {
            return new PyStr("repeat(" + object.repr().value + (remaining >= 0 ? ", " + remaining : "") + ")");
        }
    }
}
