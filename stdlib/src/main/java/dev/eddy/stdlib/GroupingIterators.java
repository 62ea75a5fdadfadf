package dev.eddy.stdlib;

import dev.eddy.builtins.Kw;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.BinaryOp;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

/** itertools.groupby, accumulate, zip_longest and tee. */
final class GroupingIterators {
    private GroupingIterators() {
    }

    /** groupby(iterable, key=None): (key, group) pairs; advancing it abandons the previous group. */
    static final class GroupBy extends ItertoolsIterator {
        static final PyType TYPE = type("groupby", (cls, a, kw) -> {
            PyObject[] p = Args.bind("groupby", a, kw, new String[] {"iterable", "key"}, 1);
            return new GroupBy(p[0].iter(), p[1] == null || p[1] == PyNone.NONE ? null : p[1]);
        });
        static final PyType GROUPER = type("_grouper", null);

        private final PyObject source;
        private final PyObject keyFunc;
        PyObject tgtKey;
        PyObject currKey;
        PyObject currValue;
        Grouper currGrouper;

        GroupBy(PyObject source, PyObject keyFunc) {
            super(TYPE);
            this.source = source;
            this.keyFunc = keyFunc;
        }

        /** Advances to the next item; false at the end. */
        boolean step() {
            PyObject v = source.next();
            if (v == null) {
                return false;
            }
            PyObject k = keyFunc == null ? v : keyFunc.call(v);
            currValue = v;
            currKey = k;
            return true;
        }

        @Override
        public PyObject next() {
            currGrouper = null;
            while (true) {
                if (currKey != null) {
                    if (tgtKey == null || !Ops.eq(tgtKey, currKey)) {
                        break;
                    }
                }
                if (!step()) {
                    return null;
                }
            }
            tgtKey = currKey;
            currGrouper = new Grouper(this, tgtKey);
            return new PyTuple(new PyObject[] {currKey, currGrouper});
        }
    }

    /** One group of a groupby. */
    static final class Grouper extends ItertoolsIterator {
        private final GroupBy parent;
        private final PyObject tgtKey;

        Grouper(GroupBy parent, PyObject tgtKey) {
            super(GroupBy.GROUPER);
            this.parent = parent;
            this.tgtKey = tgtKey;
        }

        @Override
        public PyObject next() {
            GroupBy g = parent;
            if (g.currGrouper != this) {
                return null;
            }
            if (g.currValue == null && !g.step()) {
                return null;
            }
            if (!Ops.eq(tgtKey, g.currKey)) {
                return null;
            }
            PyObject r = g.currValue;
            g.currValue = null;
            g.currKey = null;
            return r;
        }
    }

    /** accumulate(iterable, func=None, *, initial=None). */
    static final class Accumulate extends ItertoolsIterator {
        static final PyType TYPE = type("accumulate", (cls, a, kw) -> {
            PyObject[] p = Args.bind("accumulate", a, kw, new String[] {"iterable", "func", "initial"}, 1);
            return new Accumulate(p[0].iter(), p[1] == PyNone.NONE ? null : p[1], p[2] == PyNone.NONE ? null : p[2]);
        });

        private final PyObject source;
        private final PyObject func;
        private PyObject total;
        private PyObject initial;

        Accumulate(PyObject source, PyObject func, PyObject initial) {
            super(TYPE);
            this.source = source;
            this.func = func;
            this.initial = initial;
        }

        @Override
        public PyObject next() {
            if (initial != null) {
                total = initial;
                initial = null;
                return total;
            }
            PyObject x = source.next();
            if (x == null) {
                return null;
            }
            if (total == null) {
                total = x;
            } else {
                total = func == null ? Ops.binary(BinaryOp.ADD, total, x) : func.call(total, x);
            }
            return total;
        }
    }

    /** zip_longest(*iterables, fillvalue=None). */
    static final class ZipLongest extends ItertoolsIterator {
        static final PyType TYPE = type("zip_longest", (cls, a, kw) -> {
            int npos = Kw.npos(a, kw);
            PyObject fill = PyNone.NONE;
            if (kw != null) {
                if (kw.length != 1 || !kw[0].equals("fillvalue")) {
                    throw Errors.typeError("zip_longest() got an unexpected keyword argument");
                }
                fill = a[npos];
            }
            PyObject[] its = new PyObject[npos];
            for (int i = 0; i < npos; i++) {
                its[i] = a[i].iter();
            }
            return new ZipLongest(its, fill);
        });

        private final PyObject[] iters;
        private final PyObject fill;
        private int active;

        ZipLongest(PyObject[] iters, PyObject fill) {
            super(TYPE);
            this.iters = iters;
            this.fill = fill;
            this.active = iters.length;
        }

        @Override
        public PyObject next() {
            if (active == 0) {
                return null;
            }
            PyObject[] out = new PyObject[iters.length];
            for (int i = 0; i < iters.length; i++) {
                PyObject x = iters[i] == null ? null : iters[i].next();
                if (x == null) {
                    if (iters[i] != null) {
                        iters[i] = null;
                        if (--active == 0) {
                            return null;
                        }
                    }
                    x = fill;
                }
                out[i] = x;
            }
            return new PyTuple(out);
        }
    }

    /** The iterators tee(iterable, n) returns: they share one buffer of not-yet-seen items. */
    static final class Tee extends ItertoolsIterator {
        static final PyType TYPE = type("_tee", null);

        /** A link in the shared buffer; {@code next} is filled from the source on demand. */
        private static final class Node {
            PyObject value;
            Node next;
        }

        private static final class Source {
            final PyObject it;
            boolean done;

            Source(PyObject it) {
                this.it = it;
            }
        }

        private final Source source;
        private Node node;

        private Tee(Source source, Node node) {
            super(TYPE);
            this.source = source;
            this.node = node;
        }

        static PyObject tee(PyObject[] a, String[] kw) {
            Kw.none("tee", kw);
            Args.check("tee", a, kw, 1, 2);
            long n = a.length > 1 ? Ops.index(a[1], null).longValueExact() : 2;
            if (n < 0) {
                throw Errors.valueError("n must be >= 0");
            }
            Source s = new Source(a[0].iter());
            Node head = new Node();
            PyObject[] out = new PyObject[(int) n];
            for (int i = 0; i < n; i++) {
                out[i] = new Tee(s, head);
            }
            return new PyTuple(out);
        }

        @Override
        public PyObject next() {
            if (node.next == null) {
                if (source.done) {
                    return null;
                }
                PyObject x = source.it.next();
                if (x == null) {
                    source.done = true;
                    return null;
                }
                Node nn = new Node();
                node.value = x;
                node.next = nn;
            }
            PyObject v = node.value;
            node = node.next;
            return v;
        }
    }
}
