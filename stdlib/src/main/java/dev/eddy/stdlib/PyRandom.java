package dev.eddy.stdlib;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PySet;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** random.Random: CPython's algorithms over a Mersenne Twister seeded CPython's way. */
public final class PyRandom extends PyObject {
    public static final PyType TYPE = Mod.type("random", "Random", null, (cls, a, kw) -> {
        Args.check("Random", a, kw, 0, 1);
        PyRandom r = new PyRandom(cls);
        r.seed(a.length > 0 ? a[0] : PyNone.NONE);
        return r;
    });
    private static final double NV_MAGICCONST = 4 * Math.exp(-0.5) / Math.sqrt(2.0);

    /** random.SystemRandom: the same methods over the operating system's entropy, with no seed or state. */
    public static final PyType SYSTEM_RANDOM = Mod.type("random", "SystemRandom", TYPE, (cls, a, kw) -> {
        Args.check("SystemRandom", a, kw, 0, 1);
        return new PyRandom(cls, new SystemEntropy());
    });

    private final PyType type;
    private final MersenneTwister mt;
    private double gaussNext = Double.NaN;

    PyRandom(PyType type) {
        this(type, new MersenneTwister());
    }

    private PyRandom(PyType type, MersenneTwister source) {
        this.type = type;
        this.mt = source;
    }

    @Override
    public PyType type() {
        return type;
    }

    void seed(PyObject a) {
        gaussNext = Double.NaN;
        BigInteger n;
        if (a == PyNone.NONE) {
            n = BigInteger.valueOf(System.nanoTime() ^ System.currentTimeMillis() * 1_000_003L).abs();
        } else if (a instanceof PyInt i) {
            n = i.toBig();
        } else if (a instanceof PyStr || a instanceof PyBytes) {
            byte[] bytes = a instanceof PyStr s ? s.value.getBytes(StandardCharsets.UTF_8) : ((PyBytes) a).bytes;
            try {
                byte[] digest = MessageDigest.getInstance("SHA-512").digest(bytes);
                byte[] all = new byte[bytes.length + digest.length];
                System.arraycopy(bytes, 0, all, 0, bytes.length);
                System.arraycopy(digest, 0, all, bytes.length, digest.length);
                n = new BigInteger(1, all);
            } catch (NoSuchAlgorithmException e) {
                n = BigInteger.valueOf(a.hash());
            }
        } else {
            n = BigInteger.valueOf(a.hash());
        }
        mt.seed(n);
    }

    double random() {
        return mt.random();
    }

    PyInt randbelow(PyInt n) {
        return n.isBig() ? PyInt.of(mt.below(n.toBig())) : PyInt.of(mt.below(n.value));
    }

    int randbelow(int n) {
        return (int) mt.below(n);
    }

    PyObject randrange(PyObject start, PyObject stop, PyObject step) {
        PyInt istart = Ops.index(start, null);
        if (stop == null || stop == PyNone.NONE) {
            if (istart.signum() > 0) {
                return randbelow(istart);
            }
            throw Errors.valueError("empty range for randrange()");
        }
        PyInt istop = Ops.index(stop, null);
        PyInt width = PyInt.sub(istop, istart);
        PyInt istep = step == null ? PyInt.of(1) : Ops.index(step, null);
        if (!istep.isBig() && istep.value == 1) {
            if (width.signum() > 0) {
                return PyInt.add(istart, randbelow(width));
            }
            throw Errors.valueError("empty range for randrange() (" + istart + ", " + istop + ", " + width + ")");
        }
        PyInt n;
        if (istep.signum() > 0) {
            n = PyInt.floorDiv(PyInt.add(width, PyInt.sub(istep, PyInt.of(1))), istep);
        } else if (istep.signum() < 0) {
            n = PyInt.floorDiv(PyInt.add(width, PyInt.add(istep, PyInt.of(1))), istep);
        } else {
            throw Errors.valueError("zero step for randrange()");
        }
        if (n.signum() <= 0) {
            throw Errors.valueError("empty range for randrange()");
        }
        return PyInt.add(istart, PyInt.mul(istep, randbelow(n)));
    }

    double gauss(double mu, double sigma) {
        double z = gaussNext;
        gaussNext = Double.NaN;
        if (Double.isNaN(z)) {
            double x2pi = random() * 2 * Math.PI;
            double g2rad = Math.sqrt(-2.0 * Math.log(1.0 - random()));
            z = Math.cos(x2pi) * g2rad;
            gaussNext = Math.sin(x2pi) * g2rad;
        }
        return mu + z * sigma;
    }

    private static double d(PyObject o) {
        return MathModule.toDouble(o);
    }

    private static PyRandom self(PyObject[] a) {
        return (PyRandom) a[0];
    }

    /** The methods, defined on random.Random and re-exported bound to one shared instance by the module. */
    static final String[] METHODS = {"seed", "random", "getrandbits", "randrange", "randint", "choice", "choices", "shuffle",
        "sample", "uniform", "gauss", "normalvariate", "expovariate", "triangular", "randbytes", "getstate", "setstate"};

    static {
        // getstate(): (3, (624 words..., index), gauss_next), CPython's layout
        TYPE.def("getstate", (a, kw) -> {
            Args.checkMethod("getstate", a, kw, 0, 0);
            PyRandom r = self(a);
            long[] st = r.mt.state();
            PyObject[] words = new PyObject[st.length];
            for (int i = 0; i < st.length; i++) {
                words[i] = PyInt.of(st[i]);
            }
            return new dev.eddy.runtime.PyTuple(new PyObject[] {PyInt.of(3), new dev.eddy.runtime.PyTuple(words),
                Double.isNaN(r.gaussNext) ? PyNone.NONE : new PyFloat(r.gaussNext)});
        });
        TYPE.def("setstate", (a, kw) -> {
            Args.checkMethod("setstate", a, kw, 1, 1);
            PyRandom r = self(a);
            PyObject[] st = Ops.toArray(a[1]);
            if (st.length != 3 || Ops.toInt(st[0]) != 3) {
                throw Errors.valueError("state with version " + (st.length > 0 ? st[0].repr().value : "None")
                        + " passed to Random.setstate() of version 3");
            }
            PyObject[] words = Ops.toArray(st[1]);
            if (words.length != 625) {
                throw Errors.valueError("state vector is the wrong size");
            }
            long[] w = new long[625];
            for (int i = 0; i < w.length; i++) {
                w[i] = Ops.index(words[i], null).longValueExact();
            }
            r.mt.setState(w);
            r.gaussNext = st[2] == PyNone.NONE ? Double.NaN : MathModule.toDouble(st[2]);
            return PyNone.NONE;
        });
        TYPE.def("seed", (a, kw) -> {
            PyObject[] p = Args.bind("seed", a, kw, new String[] {"self", "a", "version"}, 1);
            self(a).seed(p[1] == null ? PyNone.NONE : p[1]);
            return PyNone.NONE;
        });
        TYPE.def("random", (a, kw) -> new PyFloat(self(a).random()));
        TYPE.def("_randbelow", (a, kw) -> {
            Args.checkMethod("_randbelow", a, kw, 1, 1);
            PyInt n = Ops.index(a[1], null);
            // defined for n > 0 only, as CPython's (which loops forever on 0): callers check the bound
            return n.signum() <= 0 ? PyInt.of(0) : self(a).randbelow(n);
        });
        TYPE.def("getrandbits", (a, kw) -> {
            Args.checkMethod("getrandbits", a, kw, 1, 1);
            long k = Ops.index(a[1], null).longValueExact();
            if (k < 0) {
                throw Errors.valueError("number of bits must be non-negative");
            }
            return PyInt.of(self(a).mt.bits((int) k));
        });
        TYPE.def("randrange", (a, kw) -> {
            PyObject[] p = Args.bind("randrange", a, kw, new String[] {"self", "start", "stop", "step"}, 2);
            return self(a).randrange(p[1], p[2], p[3]);
        });
        TYPE.def("randint", (a, kw) -> {
            Args.checkMethod("randint", a, kw, 2, 2);
            return self(a).randrange(a[1], PyInt.add(Ops.index(a[2], null), PyInt.of(1)), null);
        });
        TYPE.def("choice", (a, kw) -> {
            Args.checkMethod("choice", a, kw, 1, 1);
            int n = a[1].len();
            if (n == 0) {
                throw Errors.indexError("Cannot choose from an empty sequence");
            }
            return a[1].getItem(PyInt.of(self(a).randbelow(n)));
        });
        TYPE.def("shuffle", (a, kw) -> {
            Args.checkMethod("shuffle", a, kw, 1, 1);
            PyObject x = a[1];
            PyRandom r = self(a);
            if (x instanceof PyList l) {
                for (int i = l.size - 1; i > 0; i--) {
                    int j = r.randbelow(i + 1);
                    PyObject t = l.items[i];
                    l.items[i] = l.items[j];
                    l.items[j] = t;
                }
                return PyNone.NONE;
            }
            for (int i = x.len() - 1; i > 0; i--) {
                PyInt pi = PyInt.of(i);
                PyInt pj = PyInt.of(r.randbelow(i + 1));
                PyObject t = x.getItem(pi);
                x.setItem(pi, x.getItem(pj));
                x.setItem(pj, t);
            }
            return PyNone.NONE;
        });
        TYPE.def("sample", (a, kw) -> {
            PyObject[] p = Args.bind("sample", a, kw, new String[] {"self", "population", "k", "counts"}, 3);
            PyObject pop = p[1];
            if (pop instanceof PySet || pop instanceof PyDict) {
                throw Errors.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
            }
            PyRandom r = self(a);
            int n = pop.len();
            long k = Ops.index(p[2], null).longValueExact();
            if (k < 0 || k > n) {
                throw Errors.valueError("Sample larger than population or is negative");
            }
            PyObject[] result = new PyObject[(int) k];
            int setsize = 21;
            if (k > 5) {
                setsize += (int) Math.pow(4, Math.ceil(Math.log(k * 3) / Math.log(4)));
            }
            if (n <= setsize) {
                PyObject[] pool = Ops.toArray(pop).clone();
                for (int i = 0; i < k; i++) {
                    int j = r.randbelow(n - i);
                    result[i] = pool[j];
                    pool[j] = pool[n - i - 1];
                }
            } else {
                java.util.HashSet<Integer> selected = new java.util.HashSet<>();
                for (int i = 0; i < k; i++) {
                    int j = r.randbelow(n);
                    while (selected.contains(j)) {
                        j = r.randbelow(n);
                    }
                    selected.add(j);
                    result[i] = pop.getItem(PyInt.of(j));
                }
            }
            return new PyList(result);
        });
        TYPE.def("choices", (a, kw) -> {
            PyObject[] p = Args.bind("choices", a, kw, new String[] {"self", "population", "weights", "cum_weights", "k"}, 2);
            PyRandom r = self(a);
            PyObject pop = p[1];
            int n = pop.len();
            long k = p[4] == null ? 1 : Ops.index(p[4], null).longValueExact();
            PyObject[] out = new PyObject[(int) Math.max(0, k)];
            PyObject weights = p[2] == null ? PyNone.NONE : p[2];
            PyObject cum = p[3] == null ? PyNone.NONE : p[3];
            if (cum == PyNone.NONE) {
                if (weights == PyNone.NONE) {
                    for (int i = 0; i < out.length; i++) {
                        out[i] = pop.getItem(PyInt.of((long) Math.floor(r.random() * n)));
                    }
                    return new PyList(out);
                }
                PyObject[] w = Ops.toArray(weights);
                double[] c = new double[w.length];
                double acc = 0;
                for (int i = 0; i < w.length; i++) {
                    acc += d(w[i]);
                    c[i] = acc;
                }
                return pick(r, pop, n, c, out);
            }
            if (weights != PyNone.NONE) {
                throw Errors.typeError("Cannot specify both weights and cumulative weights");
            }
            PyObject[] cw = Ops.toArray(cum);
            double[] c = new double[cw.length];
            for (int i = 0; i < cw.length; i++) {
                c[i] = d(cw[i]);
            }
            return pick(r, pop, n, c, out);
        });
        TYPE.def("uniform", (a, kw) -> {
            Args.checkMethod("uniform", a, kw, 2, 2);
            double lo = d(a[1]);
            double hi = d(a[2]);
            return new PyFloat(lo + (hi - lo) * self(a).random());
        });
        TYPE.def("gauss", (a, kw) -> {
            PyObject[] p = Args.bind("gauss", a, kw, new String[] {"self", "mu", "sigma"}, 1);
            return new PyFloat(self(a).gauss(p[1] == null ? 0 : d(p[1]), p[2] == null ? 1 : d(p[2])));
        });
        TYPE.def("normalvariate", (a, kw) -> {
            PyObject[] p = Args.bind("normalvariate", a, kw, new String[] {"self", "mu", "sigma"}, 1);
            PyRandom r = self(a);
            double z;
            while (true) {
                double u1 = r.random();
                double u2 = 1.0 - r.random();
                z = NV_MAGICCONST * (u1 - 0.5) / u2;
                if (z * z / 4.0 <= -Math.log(u2)) {
                    break;
                }
            }
            return new PyFloat((p[1] == null ? 0 : d(p[1])) + z * (p[2] == null ? 1 : d(p[2])));
        });
        TYPE.def("expovariate", (a, kw) -> {
            Args.checkMethod("expovariate", a, kw, 1, 1);
            return new PyFloat(-Math.log(1.0 - self(a).random()) / d(a[1]));
        });
        TYPE.def("triangular", (a, kw) -> {
            PyObject[] p = Args.bind("triangular", a, kw, new String[] {"self", "low", "high", "mode"}, 1);
            double low = p[1] == null ? 0.0 : d(p[1]);
            double high = p[2] == null ? 1.0 : d(p[2]);
            double u = self(a).random();
            double c;
            if (p[3] == null || p[3] == PyNone.NONE) {
                c = 0.5;
            } else {
                if (high == low) {
                    return new PyFloat(low);
                }
                c = (d(p[3]) - low) / (high - low);
            }
            if (u > c) {
                u = 1.0 - u;
                c = 1.0 - c;
                double t = low;
                low = high;
                high = t;
            }
            return new PyFloat(low + (high - low) * Math.sqrt(u * c));
        });
        TYPE.def("randbytes", (a, kw) -> {
            Args.checkMethod("randbytes", a, kw, 1, 1);
            int n = Ops.toInt(a[1]);
            byte[] b = new byte[n];
            BigInteger v = self(a).mt.bits(n * 8);
            byte[] le = v.toByteArray();
            for (int i = 0; i < n; i++) {
                int src = le.length - 1 - i;
                b[i] = src >= 0 ? le[src] : 0;
            }
            return new PyBytes(b);
        });
    }

    static {
        SYSTEM_RANDOM.def("seed", (a, kw) -> PyNone.NONE);
        PyBuiltinFunction.Body stateless = (a, kw) -> {
            throw Errors.notImplemented("System entropy source does not have state.");
        };
        SYSTEM_RANDOM.def("getstate", stateless);
        SYSTEM_RANDOM.def("setstate", stateless);
    }

    private static PyObject pick(PyRandom r, PyObject pop, int n, double[] cum, PyObject[] out) {
        if (cum.length != n) {
            throw Errors.valueError("The number of weights does not match the population");
        }
        double total = cum[n - 1];
        if (total <= 0.0) {
            throw Errors.valueError("Total of weights must be greater than zero");
        }
        if (!Double.isFinite(total)) {
            throw Errors.valueError("Total of weights must be finite");
        }
        int hi = n - 1;
        for (int i = 0; i < out.length; i++) {
            double x = r.random() * total;
            int lo = 0;
            int h = hi;
            while (lo < h) {
                int mid = (lo + h) >>> 1;
                if (x < cum[mid]) {
                    h = mid;
                } else {
                    lo = mid + 1;
                }
            }
            out[i] = pop.getItem(PyInt.of(lo));
        }
        return new PyList(out);
    }

    /** The module: random.Random, and its methods bound to a shared instance. */
    static dev.eddy.runtime.PyModule module() {
        dev.eddy.runtime.PyModule m = new dev.eddy.runtime.PyModule("random");
        PyRandom shared = new PyRandom(TYPE);
        shared.seed(PyNone.NONE);
        m.set("Random", TYPE);
        m.set("SystemRandom", SYSTEM_RANDOM);
        for (String name : METHODS) {
            PyObject f = TYPE.dict.get(name);
            m.set(name, new PyBuiltinFunction(name, (a, kw) -> f.call(dev.eddy.runtime.Args.prepend(shared, a), kw)));
        }
        return m;
    }
}
