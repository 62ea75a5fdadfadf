package dev.eddy.stdlib.hash;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

/** The _sha3 module: SHA3-224/256/384/512 and SHAKE128/256 on {@link Keccak}. */
public final class Sha3Module implements ModuleProvider {
    @Override
    public String name() {
        return "_sha3";
    }

    private static void define(PyModule m, String name, int bits, boolean shake) {
        int rate = 200 - 2 * bits / 8;
        int digestSize = shake ? 0 : bits / 8;
        PyType[] holder = new PyType[1];
        PyType t = PyHash.newType("_sha3", name, (cls, a, kw) -> {
            PyObject[] p = Args.bind(name, a, kw, new String[] {"data", "usedforsecurity"}, 0);
            PyHash h = new PyHash(holder[0], name, new Keccak(rate, (byte) (shake ? 0x1f : 0x06)), digestSize, rate, shake);
            if (p[0] != null) {
                h.update(p[0]);
            }
            return h;
        });
        holder[0] = t;
        m.set(name, t);
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_sha3");
        m.set("__doc__", dev.eddy.runtime.PyNone.NONE);
        define(m, "sha3_224", 224, false);
        define(m, "sha3_256", 256, false);
        define(m, "sha3_384", 384, false);
        define(m, "sha3_512", 512, false);
        define(m, "shake_128", 128, true);
        define(m, "shake_256", 256, true);
        m.set("implementation", new PyStr("keccak"));
        return m;
    }
}
