package dev.eddy.stdlib.hash;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyType;

/** A hash module of plain constructor functions over the JDK's MessageDigest: _md5, _sha1, _sha256, _sha512. */
abstract class DigestModule implements ModuleProvider {
    /** One algorithm: Python name, JDK name, digest size, block size. */
    record Algorithm(String name, String jdkName, int digestSize, int blockSize) {
    }

    private final String moduleName;
    private final Algorithm[] algorithms;

    DigestModule(String moduleName, Algorithm... algorithms) {
        this.moduleName = moduleName;
        this.algorithms = algorithms;
    }

    @Override
    public String name() {
        return moduleName;
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule(moduleName);
        m.set("__doc__", dev.eddy.runtime.PyNone.NONE);
        for (Algorithm alg : algorithms) {
            PyType type = PyHash.newType(moduleName, alg.name, null);
            m.set(alg.name, new PyBuiltinFunction(alg.name, (a, kw) -> {
                PyObject[] p = Args.bind(alg.name, a, kw, new String[] {"string", "usedforsecurity"}, 0);
                PyHash h = new PyHash(type, alg.name, new JdkDigest(alg.jdkName), alg.digestSize, alg.blockSize, false);
                if (p[0] != null) {
                    h.update(p[0]);
                }
                return h;
            }));
        }
        return m;
    }
}
