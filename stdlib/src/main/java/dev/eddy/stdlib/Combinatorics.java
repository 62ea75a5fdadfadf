package dev.eddy.stdlib;

import dev.eddy.builtins.Kw;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

/** itertools.product, permutations, combinations, combinations_with_replacement (CPython's algorithms and order). */
final class Combinatorics {
    private Combinatorics() {
    }

    private static PyObject[] pool(PyObject iterable) {
        PyObject[] p = Ops.toArray(iterable);
        return iterable instanceof PyTuple ? p : p.clone();
    }

    private static int r(PyObject o, int dflt) {
        if (o == null || o == PyNone.NONE) {
            return dflt;
        }
        long r = Ops.index(o, null).longValueExact();
        if (r < 0) {
            throw Errors.valueError("r must be non-negative");
        }
        return (int) Math.min(r, Integer.MAX_VALUE);
    }

    /** product(*iterables, repeat=1). */
    static final class Product extends ItertoolsIterator {
        static final PyType TYPE = type("product", (cls, a, kw) -> {
            int npos = Kw.npos(a, kw);
            PyObject rep = Kw.only("product", a, kw, "repeat")[0];
            long repeat = rep == null ? 1 : Ops.index(rep, null).longValueExact();
            if (repeat < 0) {
                throw Errors.valueError("repeat argument cannot be negative");
            }
            PyObject[][] base = new PyObject[npos][];
            for (int i = 0; i < npos; i++) {
                base[i] = pool(a[i]);
            }
            PyObject[][] pools = new PyObject[(int) (npos * repeat)][];
            for (int i = 0; i < pools.length; i++) {
                pools[i] = base[i % npos];
            }
            return new Product(pools);
        });

        private final PyObject[][] pools;
        private int[] indices;
        private boolean done;

        Product(PyObject[][] pools) {
            super(TYPE);
            this.pools = pools;
        }

        @Override
        public PyObject next() {
            if (done) {
                return null;
            }
            int n = pools.length;
            if (indices == null) {
                indices = new int[n];
                for (PyObject[] p : pools) {
                    if (p.length == 0) {
                        done = true;
                        return null;
                    }
                }
            } else {
                int i = n - 1;
                for (; i >= 0; i--) {
                    if (++indices[i] < pools[i].length) {
                        break;
                    }
                    indices[i] = 0;
                }
                if (i < 0) {
                    done = true;
                    return null;
                }
            }
            PyObject[] out = new PyObject[n];
            for (int i = 0; i < n; i++) {
                out[i] = pools[i][indices[i]];
            }
            return new PyTuple(out);
        }
    }

    /** permutations(iterable, r=None). */
    static final class Permutations extends ItertoolsIterator {
        static final PyType TYPE = type("permutations", (cls, a, kw) -> {
            PyObject[] p = Args.bind("permutations", a, kw, new String[] {"iterable", "r"}, 1);
            PyObject[] pool = pool(p[0]);
            return new Permutations(pool, r(p[1], pool.length));
        });

        private final PyObject[] pool;
        private final int r;
        private int[] indices;
        private int[] cycles;
        private boolean started;
        private boolean done;

        Permutations(PyObject[] pool, int r) {
            super(TYPE);
            this.pool = pool;
            this.r = r;
            int n = pool.length;
            done = r > n;
            indices = new int[n];
            for (int i = 0; i < n; i++) {
                indices[i] = i;
            }
            cycles = new int[Math.max(r, 0)];
            for (int i = 0; i < r && i < n; i++) {
                cycles[i] = n - i;
            }
        }

        private PyObject emit() {
            PyObject[] out = new PyObject[r];
            for (int i = 0; i < r; i++) {
                out[i] = pool[indices[i]];
            }
            return new PyTuple(out);
        }

        @Override
        public PyObject next() {
            if (done) {
                return null;
            }
            if (!started) {
                started = true;
                return emit();
            }
            int n = pool.length;
            if (n == 0) {
                done = true;
                return null;
            }
            for (int i = r - 1; i >= 0; i--) {
                cycles[i]--;
                if (cycles[i] == 0) {
                    int first = indices[i];
                    System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                    indices[n - 1] = first;
                    cycles[i] = n - i;
                } else {
                    int j = cycles[i];
                    int t = indices[i];
                    indices[i] = indices[n - j];
                    indices[n - j] = t;
                    return emit();
                }
            }
            done = true;
            return null;
        }
    }

    /** combinations(iterable, r) and combinations_with_replacement(iterable, r). */
    static final class Combinations extends ItertoolsIterator {
        static final PyType TYPE = type("combinations", (cls, a, kw) -> {
            PyObject[] p = Args.bind("combinations", a, kw, new String[] {"iterable", "r"}, 2);
            return new Combinations(Combinations.TYPE, pool(p[0]), r(p[1], 0), false);
        });
        static final PyType WITH_REPLACEMENT = type("combinations_with_replacement", (cls, a, kw) -> {
            PyObject[] p = Args.bind("combinations_with_replacement", a, kw, new String[] {"iterable", "r"}, 2);
            return new Combinations(Combinations.WITH_REPLACEMENT, pool(p[0]), r(p[1], 0), true);
        });

        private final PyObject[] pool;
        private final int r;
        private final boolean replace;
        private final int[] indices;
        private boolean started;
        private boolean done;

        Combinations(PyType type, PyObject[] pool, int r, boolean replace) {
            super(type);
            this.pool = pool;
            this.r = r;
            this.replace = replace;
            this.indices = new int[r];
            if (!replace) {
                for (int i = 0; i < r; i++) {
                    indices[i] = i;
                }
                done = r > pool.length;
            } else {
                done = pool.length == 0 && r > 0;
            }
        }

        private PyObject emit() {
            PyObject[] out = new PyObject[r];
            for (int i = 0; i < r; i++) {
                out[i] = pool[indices[i]];
            }
            return new PyTuple(out);
        }

        @Override
        public PyObject next() {
            if (done) {
                return null;
            }
            if (!started) {
                started = true;
                return emit();
            }
            int n = pool.length;
            int i = r - 1;
            if (replace) {
                while (i >= 0 && indices[i] == n - 1) {
                    i--;
                }
                if (i < 0) {
                    done = true;
                    return null;
                }
                int v = indices[i] + 1;
                for (int j = i; j < r; j++) {
                    indices[j] = v;
                }
            } else {
                while (i >= 0 && indices[i] == i + n - r) {
                    i--;
                }
                if (i < 0) {
                    done = true;
                    return null;
                }
                indices[i]++;
                for (int j = i + 1; j < r; j++) {
                    indices[j] = indices[j - 1] + 1;
                }
            }
            return emit();
        }
    }
}
