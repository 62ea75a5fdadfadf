package dev.eddy.stdlib.hash;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyType;

/** The _blake2 module: blake2b and blake2s with keys, salts, personalization and tree hashing. */
public final class Blake2Module implements ModuleProvider {
    private static final String[] PARAMS = {
        "data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset",
        "node_depth", "inner_size", "last_node", "usedforsecurity",
    };

    @Override
    public String name() {
        return "_blake2";
    }

    private static long intParam(PyObject o, long dflt) {
        if (o == null) {
            return dflt;
        }
        PyInt i = Ops.index(o, null);
        return i.isBig() ? (i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : i.value;
    }

    private static byte[] bytesParam(PyObject o) {
        return o == null ? new byte[0] : PyHash.data(o);
    }

    /** b selects BLAKE2b (64-bit words) over BLAKE2s. */
    private static PyType define(PyModule m, String name, boolean b) {
        int maxDigest = b ? 64 : 32;
        int saltSize = b ? 16 : 8;
        int blockSize = b ? 128 : 64;
        PyType[] holder = new PyType[1];
        PyType t = PyHash.newType("_blake2", name, (cls, a, kw) -> {
            int npos = kw == null ? a.length : a.length - kw.length;
            if (npos > 1) {
                throw Errors.typeError(name + "() takes at most 1 positional argument (" + npos + " given)");
            }
            PyObject[] p = dev.eddy.runtime.Args.bind(name, a, kw, PARAMS, 0);
            long digestSize = intParam(p[1], maxDigest);
            byte[] key = bytesParam(p[2]);
            byte[] salt = bytesParam(p[3]);
            byte[] person = bytesParam(p[4]);
            long fanout = intParam(p[5], 1);
            long depth = intParam(p[6], 1);
            long leafSize = intParam(p[7], 0);
            long nodeOffset = intParam(p[8], 0);
            long nodeDepth = intParam(p[9], 0);
            long innerSize = intParam(p[10], 0);
            boolean lastNode = p[11] != null && p[11].isTrue();
            if (digestSize < 1 || digestSize > maxDigest) {
                throw Errors.valueError("digest_size must be between 1 and " + maxDigest + " bytes");
            }
            if (key.length > maxDigest) {
                throw Errors.valueError("maximum key length is " + maxDigest + " bytes");
            }
            if (salt.length > saltSize) {
                throw Errors.valueError("maximum salt length is " + saltSize + " bytes");
            }
            if (person.length > saltSize) {
                throw Errors.valueError("maximum person length is " + saltSize + " bytes");
            }
            if (fanout < 0 || fanout > 255) {
                throw Errors.valueError("fanout must be between 0 and 255");
            }
            if (depth <= 0 || depth > 255) {
                throw Errors.valueError("depth must be between 1 and 255");
            }
            if (leafSize < 0 || leafSize > 0xFFFFFFFFL) {
                throw Errors.overflow("leaf_size is too large");
            }
            if (!b && (nodeOffset < 0 || nodeOffset > 0xFFFFFFFFFFFFL)) {
                throw Errors.overflow("node_offset is too large");
            }
            if (nodeDepth < 0 || nodeDepth > 255) {
                throw Errors.valueError("node_depth must be between 0 and 255");
            }
            if (innerSize < 0 || innerSize > maxDigest) {
                throw Errors.valueError("inner_size must be between 0 and is " + maxDigest);
            }
            byte[] params = new byte[b ? 64 : 32];
            params[0] = (byte) digestSize;
            params[1] = (byte) key.length;
            params[2] = (byte) fanout;
            params[3] = (byte) depth;
            for (int k = 0; k < 4; k++) {
                params[4 + k] = (byte) (leafSize >>> (8 * k));
            }
            int offsetBytes = b ? 8 : 6;
            for (int k = 0; k < offsetBytes; k++) {
                params[8 + k] = (byte) (nodeOffset >>> (8 * k));
            }
            params[8 + offsetBytes] = (byte) nodeDepth;
            params[9 + offsetBytes] = (byte) innerSize;
            int saltAt = b ? 32 : 16;
            System.arraycopy(salt, 0, params, saltAt, salt.length);
            System.arraycopy(person, 0, params, saltAt + saltSize, person.length);
            HashEngine engine = b ? new Blake2b(params, key, (int) digestSize, lastNode)
                    : new Blake2s(params, key, (int) digestSize, lastNode);
            PyHash h = new PyHash(holder[0], name, engine, (int) digestSize, blockSize, false);
            if (p[0] != null) {
                h.update(p[0]);
            }
            return h;
        });
        holder[0] = t;
        t.dict.put("SALT_SIZE", PyInt.of(saltSize));
        t.dict.put("PERSON_SIZE", PyInt.of(saltSize));
        t.dict.put("MAX_KEY_SIZE", PyInt.of(maxDigest));
        t.dict.put("MAX_DIGEST_SIZE", PyInt.of(maxDigest));
        String prefix = b ? "BLAKE2B_" : "BLAKE2S_";
        m.set(prefix + "SALT_SIZE", PyInt.of(saltSize));
        m.set(prefix + "PERSON_SIZE", PyInt.of(saltSize));
        m.set(prefix + "MAX_KEY_SIZE", PyInt.of(maxDigest));
        m.set(prefix + "MAX_DIGEST_SIZE", PyInt.of(maxDigest));
        m.set(name, t);
        return t;
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_blake2");
        m.set("__doc__", dev.eddy.runtime.PyNone.NONE);
        define(m, "blake2b", true);
        define(m, "blake2s", false);
        return m;
    }
}
