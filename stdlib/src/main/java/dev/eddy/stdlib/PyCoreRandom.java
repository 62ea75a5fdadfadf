package dev.eddy.stdlib;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyExtensible;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

import java.math.BigInteger;

/**
 * _random.Random: the Mersenne Twister core that CPython's random.py subclasses
 * (seed, random, getrandbits, getstate, setstate), with CPython's seeding so seeded
 * sequences match. User subclasses are instances of this Java class (see {@link PyExtensible}).
 */
final class PyCoreRandom extends PyExtensible {
    static final PyType TYPE = Mod.type("_random", "Random", null, (cls, a, kw) -> {
        PyCoreRandom r = PyExtensible.adopt(new PyCoreRandom(), cls);
        if (cls == PyCoreRandom.TYPE) {
            r.init(a, kw);
        }
        return r;
    });
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private final MersenneTwister mt = new MersenneTwister();

    @Override
    protected PyType javaType() {
        return TYPE;
    }

    /** Random.__init__(self, [x]): seeds from x. */
    private void init(PyObject[] a, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError("Random() takes no keyword arguments");
        }
        if (a.length > 1) {
            throw Errors.typeError("Random() requires 0 or 1 argument");
        }
        seed(a.length == 1 ? a[0] : PyNone.NONE);
    }

    /** int seeds by absolute value, None from the clock, anything else by its hash as an unsigned word. */
    private void seed(PyObject arg) {
        BigInteger n;
        if (arg == PyNone.NONE) {
            n = BigInteger.valueOf(System.nanoTime() ^ System.currentTimeMillis() * 1_000_003L).abs();
        } else if (arg instanceof PyInt i) {
            n = i.toBig().abs();
        } else {
            long h = arg.hash();
            n = BigInteger.valueOf(h);
            if (h < 0) {
                n = n.add(TWO_64);
            }
        }
        mt.seed(n);
    }

    private PyObject getstate() {
        long[] s = mt.state();
        PyObject[] out = new PyObject[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = PyInt.of(s[i]);
        }
        return new PyTuple(out);
    }

    private void setstate(PyObject state) {
        if (!(state instanceof PyTuple t)) {
            throw Errors.typeError("state vector must be a tuple");
        }
        int n = MersenneTwister.STATE_WORDS;
        if (t.items.length != n + 1) {
            throw Errors.valueError("state vector is the wrong size");
        }
        long[] words = new long[n + 1];
        for (int i = 0; i < n; i++) {
            if (!(t.items[i] instanceof PyInt v)) {
                throw Errors.typeError("an integer is required");
            }
            if (v.signum() < 0) {
                throw Errors.of(Exceptions.OVERFLOW_ERROR, "can't convert negative value to unsigned int");
            }
            words[i] = v.toBig().longValue() & 0xffffffffL;
        }
        PyInt index = Ops.index(t.items[n], null);
        if (index.isBig() || index.value < 0 || index.value > n) {
            throw Errors.valueError("invalid state");
        }
        words[n] = index.value;
        mt.setState(words);
    }

    private static PyCoreRandom self(PyObject[] a) {
        if (a.length == 0 || !(a[0] instanceof PyCoreRandom r)) {
            throw Errors.typeError("descriptor requires a '_random.Random' object but received a '"
                    + (a.length == 0 ? "nothing" : a[0].type().name) + "'");
        }
        return r;
    }

    private static void noKeywords(String name, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
    }

    static {
        TYPE.def("__init__", (a, kw) -> {
            self(a).init(java.util.Arrays.copyOfRange(a, 1, a.length), kw);
            return PyNone.NONE;
        });
        TYPE.def("seed", (a, kw) -> {
            noKeywords("Random.seed", kw);
            Args.checkMethod("seed", a, kw, 0, 1);
            self(a).seed(a.length > 1 ? a[1] : PyNone.NONE);
            return PyNone.NONE;
        });
        TYPE.def("random", (a, kw) -> {
            Args.checkMethod("random", a, kw, 0, 0);
            return new PyFloat(self(a).mt.random());
        });
        TYPE.def("getrandbits", (a, kw) -> {
            Args.checkMethod("getrandbits", a, kw, 1, 1);
            long k = Ops.index(a[1], null).longValueExact();
            if (k < 0) {
                throw Errors.valueError("number of bits must be non-negative");
            }
            return PyInt.of(self(a).mt.bits(Math.toIntExact(k)));
        });
        TYPE.def("getstate", (a, kw) -> {
            Args.checkMethod("getstate", a, kw, 0, 0);
            return self(a).getstate();
        });
        TYPE.def("setstate", (a, kw) -> {
            Args.checkMethod("setstate", a, kw, 1, 1);
            self(a).setstate(a[1]);
            return PyNone.NONE;
        });
    }
}
