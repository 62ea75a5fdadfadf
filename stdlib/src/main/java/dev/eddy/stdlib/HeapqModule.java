package dev.eddy.stdlib;

import dev.eddy.builtins.Kw;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.ListMethods;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyIterator;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyType;

import java.util.Arrays;

/** The _heapq module under CPython's heapq.py: CPython's sift algorithms, so heaps have CPython's layout. */
public final class HeapqModule implements ModuleProvider {
    @Override
    public String name() {
        return "_heapq";
    }

    private static PyList heap(PyObject o) {
        if (!(o instanceof PyList l)) {
            throw Errors.typeError("heap argument must be a list");
        }
        return l;
    }

    static void siftDown(PyList heap, int startpos, int pos) {
        PyObject newitem = heap.items[pos];
        while (pos > startpos) {
            int parentpos = (pos - 1) >> 1;
            PyObject parent = heap.items[parentpos];
            if (Ops.lt(newitem, parent)) {
                heap.items[pos] = parent;
                pos = parentpos;
                continue;
            }
            break;
        }
        heap.items[pos] = newitem;
    }

    static void siftUp(PyList heap, int pos) {
        int endpos = heap.size;
        int startpos = pos;
        PyObject newitem = heap.items[pos];
        int childpos = 2 * pos + 1;
        while (childpos < endpos) {
            int rightpos = childpos + 1;
            if (rightpos < endpos && !Ops.lt(heap.items[childpos], heap.items[rightpos])) {
                childpos = rightpos;
            }
            heap.items[pos] = heap.items[childpos];
            pos = childpos;
            childpos = 2 * pos + 1;
        }
        heap.items[pos] = newitem;
        siftDown(heap, startpos, pos);
    }

    static void push(PyList h, PyObject item) {
        h.append(item);
        siftDown(h, 0, h.size - 1);
    }

    static PyObject pop(PyList h) {
        if (h.size == 0) {
            throw Errors.indexError("index out of range");
        }
        PyObject last = h.remove(h.size - 1);
        if (h.size > 0) {
            PyObject r = h.items[0];
            h.items[0] = last;
            siftUp(h, 0);
            return r;
        }
        return last;
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_heapq");
        Mod.def(m, "heappush", (a, kw) -> {
            Args.check("heappush", a, kw, 2, 2);
            push(heap(a[0]), a[1]);
            return PyNone.NONE;
        });
        Mod.def(m, "heappop", (a, kw) -> {
            Args.check("_heapq.heappop", a, kw, 1, 1);
            return pop(heap(a[0]));
        });
        Mod.def(m, "heapify", (a, kw) -> {
            Args.check("_heapq.heapify", a, kw, 1, 1);
            PyList h = heap(a[0]);
            for (int i = h.size / 2 - 1; i >= 0; i--) {
                siftUp(h, i);
            }
            return PyNone.NONE;
        });
        Mod.def(m, "heapreplace", (a, kw) -> {
            Args.check("heapreplace", a, kw, 2, 2);
            PyList h = heap(a[0]);
            if (h.size == 0) {
                throw Errors.indexError("index out of range");
            }
            PyObject r = h.items[0];
            h.items[0] = a[1];
            siftUp(h, 0);
            return r;
        });
        Mod.def(m, "heappushpop", (a, kw) -> {
            Args.check("heappushpop", a, kw, 2, 2);
            PyList h = heap(a[0]);
            PyObject item = a[1];
            if (h.size > 0 && Ops.lt(h.items[0], item)) {
                PyObject r = h.items[0];
                h.items[0] = item;
                siftUp(h, 0);
                return r;
            }
            return item;
        });
        Mod.def(m, "nsmallest", (a, kw) -> nbest(a, kw, "nsmallest", false));
        Mod.def(m, "nlargest", (a, kw) -> nbest(a, kw, "nlargest", true));
        Mod.def(m, "merge", (a, kw) -> {
            PyObject[] k = Kw.only("merge", a, kw, "key", "reverse");
            int npos = Kw.npos(a, kw);
            PyObject[] its = new PyObject[npos];
            for (int i = 0; i < npos; i++) {
                its[i] = a[i].iter();
            }
            return new Merge(its, k[0] == null || k[0] == PyNone.NONE ? null : k[0], k[1] != null && k[1].isTrue());
        });
        return m;
    }

    /** nsmallest(n, iterable, key=None) is sorted(iterable, key=key)[:n]; nlargest with reverse=True. */
    private static PyObject nbest(PyObject[] a, String[] kw, String name, boolean largest) {
        PyObject[] p = Args.bind(name, a, kw, new String[] {"n", "iterable", "key"}, 2);
        long n = Ops.index(p[0], null).longValueExact();
        PyList l = new PyList(Ops.toArray(p[1]).clone());
        if (n <= 0) {
            return new PyList();
        }
        ListMethods.sort(l, p[2], largest);
        return new PyList(Arrays.copyOf(l.items, (int) Math.min(n, l.size)));
    }

    /** merge(*iterables, key=None, reverse=False): lazy, stable across inputs. */
    static final class Merge extends PyIterator {
        static final PyType TYPE = dev.eddy.builtins.Iters.type("heapq", "merge", null);

        private final PyObject[] iters;
        private final PyObject[] heads;
        private final PyObject[] keys;
        private final PyObject key;
        private final boolean reverse;
        private boolean started;

        Merge(PyObject[] iters, PyObject key, boolean reverse) {
            this.iters = iters;
            this.heads = new PyObject[iters.length];
            this.keys = new PyObject[iters.length];
            this.key = key;
            this.reverse = reverse;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        private void advance(int i) {
            PyObject x = iters[i] == null ? null : iters[i].next();
            heads[i] = x;
            if (x == null) {
                iters[i] = null;
                keys[i] = null;
            } else {
                keys[i] = key == null ? x : key.call(x);
            }
        }

        @Override
        public PyObject next() {
            if (!started) {
                started = true;
                for (int i = 0; i < iters.length; i++) {
                    advance(i);
                }
            }
            int best = -1;
            for (int i = 0; i < heads.length; i++) {
                if (heads[i] == null) {
                    continue;
                }
                if (best < 0 || (reverse ? Ops.lt(keys[best], keys[i]) : Ops.lt(keys[i], keys[best]))) {
                    best = i;
                }
            }
            if (best < 0) {
                return null;
            }
            PyObject r = heads[best];
            advance(best);
            return r;
        }
    }
}
