package dev.eddy.runtime;

/** The methods of list, and the stable sort shared with sorted(). */
public final class ListMethods {
    private ListMethods() {
    }

    static void install(PyType t) {
        t.dict.put("__hash__", PyNone.NONE); // unhashable, as CPython spells it
        t.def("__init__", (a, kw) -> {
            TypeMethods.check("list", a, kw, 0, 1);
            PyList self = self(a);
            self.size = 0;
            if (a.length > 1) {
                self.extend(a[1]);
            }
            return PyNone.NONE;
        });
        t.def("append", (a, kw) -> {
            if (a.length != 2 || kw != null) {
                TypeMethods.check("list.append", a, kw, 1, 1);
            }
            self(a).append(a[1]);
            return PyNone.NONE;
        });
        t.def("extend", (a, kw) -> {
            TypeMethods.check("list.extend", a, kw, 1, 1);
            self(a).extend(a[1]);
            return PyNone.NONE;
        });
        t.def("insert", (a, kw) -> {
            TypeMethods.check("list.insert", a, kw, 2, 2);
            PyList l = self(a);
            long i = TypeMethods.index(a[1]);
            l.insert((int) Math.max(Integer.MIN_VALUE + 1L, Math.min(Integer.MAX_VALUE, i)), a[2]);
            return PyNone.NONE;
        });
        t.def("remove", (a, kw) -> {
            TypeMethods.check("list.remove", a, kw, 1, 1);
            PyList l = self(a);
            int i = find(l, a[1], 0, l.size);
            if (i < 0) {
                throw Errors.valueError("list.remove(x): x not in list");
            }
            l.remove(i);
            return PyNone.NONE;
        });
        t.def("pop", (a, kw) -> {
            TypeMethods.check("list.pop", a, kw, 0, 1);
            PyList l = self(a);
            if (l.size == 0) {
                throw Errors.indexError("pop from empty list");
            }
            long i = a.length > 1 ? TypeMethods.index(a[1]) : -1;
            if (i < 0) {
                i += l.size;
            }
            if (i < 0 || i >= l.size) {
                throw Errors.indexError("pop index out of range");
            }
            return l.remove((int) i);
        });
        t.def("clear", (a, kw) -> {
            TypeMethods.check("list.clear", a, kw, 0, 0);
            PyList l = self(a);
            l.items = new PyObject[4];
            l.size = 0;
            return PyNone.NONE;
        });
        t.def("index", (a, kw) -> {
            TypeMethods.check("list.index", a, kw, 1, 3);
            PyList l = self(a);
            int[] r = range(a, l.size);
            int i = find(l, a[1], r[0], r[1]);
            if (i < 0) {
                throw Errors.valueError(a[1].repr().value + " is not in list");
            }
            return PyInt.of(i);
        });
        t.def("count", (a, kw) -> {
            TypeMethods.check("list.count", a, kw, 1, 1);
            PyList l = self(a);
            int n = 0;
            for (int i = 0; i < l.size; i++) {
                PyObject x = l.items[i];
                if (x == a[1] || Ops.eq(x, a[1])) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        t.def("reverse", (a, kw) -> {
            TypeMethods.check("list.reverse", a, kw, 0, 0);
            PyList l = self(a);
            reverse(l.items, 0, l.size);
            return PyNone.NONE;
        });
        t.def("sort", (a, kw) -> {
            if (Args.positional(a, kw) > 1) {
                throw Errors.typeError("sort() takes no positional arguments");
            }
            PyObject key = null;
            boolean rev = false;
            if (kw != null) {
                for (int i = 0; i < kw.length; i++) {
                    PyObject v = a[a.length - kw.length + i];
                    switch (kw[i]) {
                        case "key": key = v; break;
                        case "reverse": rev = v.isTrue(); break;
                        default: throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument for sort()");
                    }
                }
            }
            sort(self(a), key, rev);
            return PyNone.NONE;
        });
        t.def("copy", (a, kw) -> {
            TypeMethods.check("list.copy", a, kw, 0, 0);
            PyList l = self(a);
            return new PyList(l.size == 0 ? new PyObject[4] : l.toArray(), l.size);
        });
        t.def("__reversed__", (a, kw) -> {
            TypeMethods.check("list.__reversed__", a, kw, 0, 0);
            return reversed(self(a));
        });
        t.def("__len__", (a, kw) -> PyInt.of(self(a).size));
        t.def("__repr__", (a, kw) -> self(a).ownRepr());
        t.def("__getitem__", (a, kw) -> {
            TypeMethods.check("list.__getitem__", a, kw, 1, 1);
            return self(a).rawGetItem(a[1]);
        });
        t.def("__setitem__", (a, kw) -> {
            TypeMethods.check("list.__setitem__", a, kw, 2, 2);
            self(a).setItem(a[1], a[2]);
            return PyNone.NONE;
        });
        t.def("__delitem__", (a, kw) -> {
            TypeMethods.check("list.__delitem__", a, kw, 1, 1);
            self(a).delItem(a[1]);
            return PyNone.NONE;
        });
        t.def("__contains__", (a, kw) -> {
            TypeMethods.check("list.__contains__", a, kw, 1, 1);
            return PyBool.of(self(a).contains(a[1]));
        });
        t.def("__iter__", (a, kw) -> self(a).iter());
    }

    private static PyList self(PyObject[] a) {
        if (a.length == 0 || !(a[0] instanceof PyList l)) {
            throw Errors.typeError("descriptor requires a 'list' object but received a '" + (a.length == 0 ? "nothing" : a[0].type().name) + "'");
        }
        return l;
    }

    /** The start and stop arguments of index(), clamped as slice bounds. */
    static int[] range(PyObject[] a, int len) {
        int start = TypeMethods.sliceIndex(a.length > 2 ? a[2] : null, 0);
        int stop = TypeMethods.sliceIndex(a.length > 3 ? a[3] : null, Integer.MAX_VALUE);
        if (start < 0) {
            start = Math.max(0, start + len);
        }
        if (stop < 0) {
            stop = Math.max(0, stop + len);
        }
        return new int[] {start, stop};
    }

    /** The first index in [start, stop) holding an item equal to x, or -1; the list may change meanwhile. */
    private static int find(PyList l, PyObject x, int start, int stop) {
        for (int i = start; i < stop && i < l.size; i++) {
            PyObject y = l.items[i];
            if (y == x || Ops.eq(y, x)) {
                return i;
            }
        }
        return -1;
    }

    /** reversed(list): walks down from the end, stopping if the list shrinks below the position. */
    public static PyObject reversed(PyList l) {
        return new PyIterator() {
            int i = l.size - 1;

            @Override
            public PyObject next() {
                if (i >= 0 && i < l.size) {
                    return l.items[i--];
                }
                i = -1;
                return null;
            }
        };
    }

    static void reverse(PyObject[] a, int lo, int hi) {
        for (hi--; lo < hi; lo++, hi--) {
            PyObject t = a[lo];
            a[lo] = a[hi];
            a[hi] = t;
        }
    }

    // ---- sort ------------------------------------------------------------------------------------

    private static final PyObject[] SORTING = new PyObject[0];

    /**
     * list.sort(key=key, reverse=reverse), for sorted() too: stable, comparing with {@code <}
     * only. The list looks empty while it is sorted; if a key function or comparison changes
     * it, ValueError is raised afterwards, as CPython does.
     */
    public static void sort(PyList list, PyObject key, boolean reverse) {
        PyObject[] items = list.items;
        int n = list.size;
        list.items = SORTING;
        list.size = 0;
        boolean modified;
        try {
            PyObject[] keys = items;
            if (key != null && key != PyNone.NONE) {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = key.call(items[i]);
                }
            }
            if (n > 1) {
                // reversing before and after keeps equal items in their original order
                if (reverse) {
                    reverse(keys, 0, n);
                    if (keys != items) {
                        reverse(items, 0, n);
                    }
                }
                new Sorter(keys, keys == items ? null : items, lessThan(keys, n)).sort(n);
                if (reverse) {
                    reverse(keys, 0, n);
                    if (keys != items) {
                        reverse(items, 0, n);
                    }
                }
            }
        } finally {
            modified = list.items != SORTING || list.size != 0;
            list.items = items;
            list.size = n;
        }
        if (modified) {
            throw Errors.valueError("list modified during sort");
        }
    }

    /** a < b, specialised once per sort when every key has the same simple type. */
    @FunctionalInterface
    interface Lt {
        boolean lt(PyObject a, PyObject b);
    }

    private static Lt lessThan(PyObject[] keys, int n) {
        Class<?> c = keys[0].getClass();
        for (int i = 1; i < n; i++) {
            if (keys[i].getClass() != c) {
                c = null;
                break;
            }
        }
        if (c == PyStr.class) {
            return (a, b) -> ((PyStr) a).compareTo((PyStr) b) < 0;
        }
        if (c == PyFloat.class) {
            return (a, b) -> ((PyFloat) a).value < ((PyFloat) b).value;
        }
        if (c == PyInt.class) {
            return (a, b) -> ((PyInt) a).compareTo((PyInt) b) < 0;
        }
        return Ops::lt;
    }

    /**
     * A natural merge sort: ascending runs (strictly descending ones are reversed), short runs
     * extended by binary insertion, then merged pairwise. Values, when given, move with their keys.
     */
    private static final class Sorter {
        private static final int MIN_MERGE = 32;
        private final PyObject[] keys;
        private final PyObject[] values;
        private final Lt lt;

        Sorter(PyObject[] keys, PyObject[] values, Lt lt) {
            this.keys = keys;
            this.values = values;
            this.lt = lt;
        }

        void sort(int n) {
            if (n < MIN_MERGE) {
                binarySort(0, n, countRun(0, n));
                return;
            }
            int minRun = minRun(n);
            int[] starts = new int[n / minRun + 2];
            int runs = 0;
            for (int lo = 0; lo < n; ) {
                int run = countRun(lo, n);
                if (run < minRun) {
                    int force = Math.min(minRun, n - lo);
                    binarySort(lo, lo + force, lo + run);
                    run = force;
                }
                starts[runs++] = lo;
                lo += run;
            }
            starts[runs] = n;
            PyObject[] tk = new PyObject[n];
            PyObject[] tv = values == null ? null : new PyObject[n];
            for (int width = 1; width < runs; width *= 2) {
                for (int r = 0; r + width < runs; r += 2 * width) {
                    merge(starts[r], starts[r + width], starts[Math.min(r + 2 * width, runs)], tk, tv);
                }
            }
        }

        private static int minRun(int n) {
            int r = 0;
            while (n >= MIN_MERGE) {
                r |= n & 1;
                n >>= 1;
            }
            return n + r;
        }

        /** The length of the run starting at lo; a strictly descending one is reversed in place. */
        private int countRun(int lo, int hi) {
            int i = lo + 1;
            if (i >= hi) {
                return hi - lo;
            }
            if (lt.lt(keys[i], keys[lo])) {
                for (i++; i < hi && lt.lt(keys[i], keys[i - 1]); i++) {
                    // strictly descending: reversing keeps stability
                }
                reverse(keys, lo, i);
                if (values != null) {
                    reverse(values, lo, i);
                }
            } else {
                for (i++; i < hi && !lt.lt(keys[i], keys[i - 1]); i++) {
                    // non-descending
                }
            }
            return i - lo;
        }

        /** Inserts [start, hi) into the sorted [lo, start), each after the items equal to it. */
        private void binarySort(int lo, int hi, int start) {
            for (; start < hi; start++) {
                PyObject pivot = keys[start];
                int l = lo;
                int r = start;
                while (l < r) {
                    int m = (l + r) >>> 1;
                    if (lt.lt(pivot, keys[m])) {
                        r = m;
                    } else {
                        l = m + 1;
                    }
                }
                System.arraycopy(keys, l, keys, l + 1, start - l);
                keys[l] = pivot;
                if (values != null) {
                    PyObject v = values[start];
                    System.arraycopy(values, l, values, l + 1, start - l);
                    values[l] = v;
                }
            }
        }

        /** Merges the sorted [lo, mid) and [mid, hi), taking from the right only when strictly smaller. */
        private void merge(int lo, int mid, int hi, PyObject[] tk, PyObject[] tv) {
            if (!lt.lt(keys[mid], keys[mid - 1])) {
                return;
            }
            System.arraycopy(keys, lo, tk, lo, mid - lo);
            if (values != null) {
                System.arraycopy(values, lo, tv, lo, mid - lo);
            }
            int i = lo;
            int j = mid;
            int k = lo;
            try {
                while (i < mid && j < hi) {
                    if (lt.lt(keys[j], tk[i])) {
                        if (values != null) {
                            values[k] = values[j];
                        }
                        keys[k++] = keys[j++];
                    } else {
                        if (values != null) {
                            values[k] = tv[i];
                        }
                        keys[k++] = tk[i++];
                    }
                }
            } finally {
                // also when a comparison fails: put back what is still in the buffer, losing nothing
                int rest = mid - i;
                System.arraycopy(tk, i, keys, k, rest);
                if (values != null) {
                    System.arraycopy(tv, i, values, k, rest);
                }
            }
        }
    }
}
