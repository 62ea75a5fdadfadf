package dev.eddy.stdlib;

import dev.eddy.builtins.Kw;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyIterator;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

/** itertools.islice, chain, takewhile, dropwhile, filterfalse, compress, starmap, pairwise. */
final class SlicingIterators {
    private SlicingIterators() {
    }

    /** islice(iterable, stop) or islice(iterable, start, stop[, step]). */
    static final class Islice extends ItertoolsIterator {
        static final PyType TYPE = type("islice", Islice::construct);

        static {
            PyIterator.defReduce(TYPE);
        }

        /** (islice, (iterator, next, stop, step), count), or an empty islice once exhausted. */
        @Override
        public PyObject reduce() {
            if (source == null) {
                return PyTuple.of(TYPE, PyTuple.of(new PyList().iter(), PyInt.of(0)), PyInt.of(0));
            }
            return PyTuple.of(TYPE, PyTuple.of(source, PyInt.of(next), stop == -1 ? PyNone.NONE : PyInt.of(stop),
                    PyInt.of(step)), PyInt.of(count));
        }

        @Override
        public void setState(PyObject state) {
            count = Ops.index(state, null).longValueExact();
        }

        private PyObject source;
        private long next;
        private final long stop;
        private final long step;
        private long count;

        Islice(PyObject source, long start, long stop, long step) {
            super(TYPE);
            this.source = source;
            this.next = start;
            this.stop = stop;
            this.step = step;
        }

        private static long bound(PyObject o, long dflt, String message) {
            if (o == PyNone.NONE) {
                return dflt;
            }
            PyInt i = o.asIndexOrNull();
            if (i == null || i.signum() < 0) {
                throw Errors.valueError(message);
            }
            return i.isBig() ? Long.MAX_VALUE : i.value;
        }

        private static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
            Kw.none("islice", kw);
            Args.check("islice", a, kw, 2, 4);
            long start = 0;
            long stop;
            long step = 1;
            if (a.length == 2) {
                stop = bound(a[1], -1, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            } else {
                start = bound(a[1], 0, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
                stop = bound(a[2], -1, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
                if (a.length == 4) {
                    PyInt s = a[3] == PyNone.NONE ? PyInt.of(1) : a[3].asIndexOrNull();
                    if (s == null || s.signum() <= 0) {
                        throw Errors.valueError("Step for islice() must be a positive integer or None.");
                    }
                    step = s.isBig() ? Long.MAX_VALUE : s.value;
                }
            }
            return new Islice(a[0].iter(), start, stop, step);
        }

        @Override
        public PyObject next() {
            if (source == null) {
                return null;
            }
            while (count < next) {
                if (source.next() == null) {
                    source = null;
                    return null;
                }
                count++;
            }
            if (stop != -1 && count >= stop) {
                source = null;
                return null;
            }
            PyObject x = source.next();
            if (x == null) {
                source = null;
                return null;
            }
            count++;
            long old = next;
            next += step;
            if (next < old || (stop != -1 && next > stop)) {
                next = stop;
            }
            return x;
        }
    }

    /** chain(*iterables) and chain.from_iterable(iterable). */
    static final class Chain extends ItertoolsIterator {
        static final PyType TYPE = type("chain", (cls, a, kw) -> {
            Kw.none("chain", kw);
            return new Chain(new PyTuple(a.clone()).iter());
        });

        static {
            TYPE.defClassMethod("from_iterable", (a, kw) -> {
                Args.check("from_iterable", a, kw, 2, 2);
                return new Chain(a[1].iter());
            });
        }

        private PyObject sources;
        private PyObject current;

        static {
            PyIterator.defReduce(TYPE);
        }

        /** (chain, (), (source iterator[, active iterator])), or (chain, ()) once exhausted. */
        @Override
        public PyObject reduce() {
            PyTuple empty = new PyTuple(new PyObject[0]);
            if (sources == null) {
                return PyTuple.of(TYPE, empty);
            }
            return PyTuple.of(TYPE, empty, current == null ? PyTuple.of(sources) : PyTuple.of(sources, current));
        }

        @Override
        public void setState(PyObject state) {
            if (!(state instanceof PyTuple t) || t.items.length < 1 || t.items.length > 2) {
                throw Errors.typeError("state is not a length 1 or 2 tuple");
            }
            sources = t.items[0].iter();
            current = t.items.length == 2 ? t.items[1].iter() : null;
        }

        Chain(PyObject sources) {
            super(TYPE);
            this.sources = sources;
        }

        @Override
        public PyObject next() {
            while (sources != null) {
                if (current == null) {
                    PyObject nextIterable = sources.next();
                    if (nextIterable == null) {
                        sources = null;
                        return null;
                    }
                    current = nextIterable.iter();
                }
                PyObject x = current.next();
                if (x != null) {
                    return x;
                }
                current = null;
            }
            return null;
        }
    }

    /** takewhile(predicate, iterable). */
    static final class TakeWhile extends ItertoolsIterator {
        static final PyType TYPE = type("takewhile", (cls, a, kw) -> {
            Kw.none("takewhile", kw);
            Args.check("takewhile", a, kw, 2, 2);
            return new TakeWhile(a[0], a[1].iter());
        });

        private final PyObject pred;
        private PyObject source;

        TakeWhile(PyObject pred, PyObject source) {
            super(TYPE);
            this.pred = pred;
            this.source = source;
        }

        @Override
        public PyObject next() {
            if (source == null) {
                return null;
            }
            PyObject x = source.next();
            if (x == null || !pred.call(x).isTrue()) {
                source = null;
                return null;
            }
            return x;
        }
    }

    /** dropwhile(predicate, iterable). */
    static final class DropWhile extends ItertoolsIterator {
        static final PyType TYPE = type("dropwhile", (cls, a, kw) -> {
            Kw.none("dropwhile", kw);
            Args.check("dropwhile", a, kw, 2, 2);
            return new DropWhile(a[0], a[1].iter());
        });

        private final PyObject pred;
        private final PyObject source;
        private boolean dropping = true;

        DropWhile(PyObject pred, PyObject source) {
            super(TYPE);
            this.pred = pred;
            this.source = source;
        }

        @Override
        public PyObject next() {
            while (true) {
                PyObject x = source.next();
                if (x == null) {
                    return null;
                }
                if (!dropping) {
                    return x;
                }
                if (!pred.call(x).isTrue()) {
                    dropping = false;
                    return x;
                }
            }
        }
    }

    /** filterfalse(predicate or None, iterable). */
    static final class FilterFalse extends ItertoolsIterator {
        static final PyType TYPE = type("filterfalse", (cls, a, kw) -> {
            Kw.none("filterfalse", kw);
            Args.check("filterfalse", a, kw, 2, 2);
            return new FilterFalse(a[0], a[1].iter());
        });

        private final PyObject pred;
        private final PyObject source;

        FilterFalse(PyObject pred, PyObject source) {
            super(TYPE);
            this.pred = pred == PyNone.NONE ? null : pred;
            this.source = source;
        }

        @Override
        public PyObject next() {
            for (PyObject x = source.next(); x != null; x = source.next()) {
                if (!(pred == null ? x.isTrue() : pred.call(x).isTrue())) {
                    return x;
                }
            }
            return null;
        }
    }

    /** compress(data, selectors). */
    static final class Compress extends ItertoolsIterator {
        static final PyType TYPE = type("compress", (cls, a, kw) -> {
            PyObject[] p = Args.bind("compress", a, kw, new String[] {"data", "selectors"}, 2);
            return new Compress(p[0].iter(), p[1].iter());
        });

        private final PyObject data;
        private final PyObject selectors;

        Compress(PyObject data, PyObject selectors) {
            super(TYPE);
            this.data = data;
            this.selectors = selectors;
        }

        @Override
        public PyObject next() {
            while (true) {
                PyObject x = data.next();
                if (x == null) {
                    return null;
                }
                PyObject s = selectors.next();
                if (s == null) {
                    return null;
                }
                if (s.isTrue()) {
                    return x;
                }
            }
        }
    }

    /** starmap(function, iterable): function(*item). */
    static final class Starmap extends ItertoolsIterator {
        static final PyType TYPE = type("starmap", (cls, a, kw) -> {
            Kw.none("starmap", kw);
            Args.check("starmap", a, kw, 2, 2);
            return new Starmap(a[0], a[1].iter());
        });

        private final PyObject func;
        private final PyObject source;

        Starmap(PyObject func, PyObject source) {
            super(TYPE);
            this.func = func;
            this.source = source;
        }

        @Override
        public PyObject next() {
            PyObject x = source.next();
            if (x == null) {
                return null;
            }
            PyObject[] args = Ops.toArray(x);
            return func.call(x instanceof PyTuple ? args.clone() : args, null);
        }
    }

    /** pairwise(iterable): overlapping pairs. */
    static final class Pairwise extends ItertoolsIterator {
        static final PyType TYPE = type("pairwise", (cls, a, kw) -> {
            Kw.none("pairwise", kw);
            if (a.length != 1) {
                throw Errors.typeError("pairwise expected 1 argument, got " + a.length);
            }
            return new Pairwise(a[0].iter());
        });

        private PyObject source;
        private PyObject last;

        Pairwise(PyObject source) {
            super(TYPE);
            this.source = source;
        }

        @Override
        public PyObject next() {
            if (source == null) {
                return null;
            }
            if (last == null) {
                last = source.next();
                if (last == null) {
                    source = null;
                    return null;
                }
            }
            PyObject x = source.next();
            if (x == null) {
                source = null;
                return null;
            }
            PyObject r = new PyTuple(new PyObject[] {last, x});
            last = x;
            return r;
        }
    }
}
