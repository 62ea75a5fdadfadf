package dev.eddy.stdlib.hash;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Buffers;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PySet;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

import java.util.Locale;

/**
 * _hashlib, the module hashlib.py and hmac.py prefer (OpenSSL's in CPython): hash objects by
 * name, HMAC and pbkdf2_hmac, on the same engines as the builtin hash modules.
 */
public final class HashlibModule implements ModuleProvider {
    private static final String[] NAMES = {
        "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha512_224", "sha512_256",
        "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256", "blake2b", "blake2s",
    };

    static final PyType HASH = PyHash.newType("_hashlib", "HASH", null);
    static final PyType HASHXOF = PyHash.newType("_hashlib", "HASHXOF", null);
    static final PyType HMAC = PyType.builtin("HMAC", PyType.OBJECT, null);

    static {
        HMAC.def("update", (a, kw) -> {
            Args.checkMethod("update", a, kw, 1, 1);
            byte[] m = PyHash.data(a[1]);
            ((HmacObject) a[0]).inner.update(m, 0, m.length);
            return PyNone.NONE;
        });
        HMAC.def("digest", (a, kw) -> {
            Args.checkMethod("digest", a, kw, 0, 0);
            return new PyBytes(((HmacObject) a[0]).digest());
        });
        HMAC.def("hexdigest", (a, kw) -> {
            Args.checkMethod("hexdigest", a, kw, 0, 0);
            return new PyStr(PyHash.hex(((HmacObject) a[0]).digest()));
        });
        HMAC.def("copy", (a, kw) -> {
            Args.checkMethod("copy", a, kw, 0, 0);
            HmacObject h = (HmacObject) a[0];
            return new HmacObject(h.name, h.inner.copy(), h.outer.copy(), h.digestSize, h.blockSize);
        });
    }

    /** An HMAC computation in progress (hmac_new()). */
    static final class HmacObject extends PyObject {
        final String name;
        final HashEngine inner;
        final HashEngine outer;
        final int digestSize;
        final int blockSize;

        HmacObject(String name, HashEngine inner, HashEngine outer, int digestSize, int blockSize) {
            this.name = name;
            this.inner = inner;
            this.outer = outer;
            this.digestSize = digestSize;
            this.blockSize = blockSize;
        }

        byte[] digest() {
            byte[] d = inner.digest(digestSize);
            HashEngine out = outer.copy();
            out.update(d, 0, d.length);
            return out.digest(digestSize);
        }

        @Override
        public PyType type() {
            return HMAC;
        }

        @Override
        public PyObject lookupAttr(String attr) {
            switch (attr) {
                case "name": return new PyStr("hmac-" + name);
                case "digest_size": return PyInt.of(digestSize);
                case "block_size": return PyInt.of(blockSize);
                default: return super.lookupAttr(attr);
            }
        }
    }
    static final PyType UNSUPPORTED = PyType.builtin("UnsupportedDigestmodError", Exceptions.VALUE_ERROR, null);

    static {
        HMAC.module = "_hashlib";
        UNSUPPORTED.module = "_hashlib";
    }

    @Override
    public String name() {
        return "_hashlib";
    }

    /** A fresh hash object for an OpenSSL-style name (case-insensitive), or null when unknown. */
    static PyHash create(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        switch (n) {
            case "md5": return jdk(n, "MD5", 16, 64);
            case "sha1": return jdk(n, "SHA-1", 20, 64);
            case "sha224": return jdk(n, "SHA-224", 28, 64);
            case "sha256": return jdk(n, "SHA-256", 32, 64);
            case "sha384": return jdk(n, "SHA-384", 48, 128);
            case "sha512": return jdk(n, "SHA-512", 64, 128);
            case "sha512_224": return jdk(n, "SHA-512/224", 28, 128);
            case "sha512_256": return jdk(n, "SHA-512/256", 32, 128);
            case "sha3_224": return keccak(n, 224, false);
            case "sha3_256": return keccak(n, 256, false);
            case "sha3_384": return keccak(n, 384, false);
            case "sha3_512": return keccak(n, 512, false);
            case "shake_128": return keccak(n, 128, true);
            case "shake_256": return keccak(n, 256, true);
            case "blake2b": return blake2(n, true);
            case "blake2s": return blake2(n, false);
            default: return null;
        }
    }

    private static PyHash jdk(String name, String jdkName, int size, int block) {
        return new PyHash(HASH, name, new JdkDigest(jdkName), size, block, false);
    }

    private static PyHash keccak(String name, int bits, boolean shake) {
        int rate = 200 - 2 * bits / 8;
        return new PyHash(shake ? HASHXOF : HASH, name, new Keccak(rate, (byte) (shake ? 0x1f : 0x06)), shake ? 0 : bits / 8, rate, shake);
    }

    private static PyHash blake2(String name, boolean b) {
        int size = b ? 64 : 32;
        byte[] params = new byte[b ? 64 : 32];
        params[0] = (byte) size;
        params[2] = 1;
        params[3] = 1;
        HashEngine e = b ? new Blake2b(params, new byte[0], size, false) : new Blake2s(params, new byte[0], size, false);
        return new PyHash(HASH, name, e, size, b ? 128 : 64, false);
    }

    private static PyHash byName(PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw Errors.typeError("new() argument 'name' must be str, not " + name.type().name);
        }
        PyHash h = create(s.value);
        if (h == null) {
            throw Errors.of(UNSUPPORTED, "[digital envelope routines] unsupported");
        }
        return h;
    }

    /** The hash name a digestmod argument stands for: a name, or one of this module's constructors. */
    private static String digestName(java.util.Map<PyObject, String> constructors, PyObject digestmod) {
        if (digestmod instanceof PyStr s) {
            return s.value;
        }
        String n = constructors.get(digestmod);
        if (n == null) {
            throw Errors.of(UNSUPPORTED, "Unsupported digestmod " + digestmod.repr().value);
        }
        return n;
    }

    private static byte[] bytesLike(PyObject o) {
        return Buffers.bytesLike(o);
    }

    /** HMAC-H(key, message) over a hash engine factory. */
    static final class Hmac {
        final HashEngine inner;
        final HashEngine outer;
        final int digestSize;
        final int blockSize;
        final String name;

        Hmac(String name, byte[] key) {
            PyHash proto = create(name);
            if (proto == null || proto.extendable) {
                throw Errors.of(UNSUPPORTED, "[digital envelope routines] unsupported");
            }
            int block = proto.blockSize;
            if (key.length > block) {
                PyHash k = create(name);
                k.engine.update(key, 0, key.length);
                key = k.engine.digest(k.digestSize);
            }
            byte[] ipad = new byte[block];
            byte[] opad = new byte[block];
            for (int i = 0; i < block; i++) {
                byte k = i < key.length ? key[i] : 0;
                ipad[i] = (byte) (k ^ 0x36);
                opad[i] = (byte) (k ^ 0x5c);
            }
            inner = create(name).engine;
            inner.update(ipad, 0, block);
            outer = create(name).engine;
            outer.update(opad, 0, block);
            digestSize = proto.digestSize;
            blockSize = block;
            this.name = proto.name;
        }

        byte[] mac(byte[] message) {
            HashEngine in = inner.copy();
            in.update(message, 0, message.length);
            byte[] d = in.digest(digestSize);
            HashEngine out = outer.copy();
            out.update(d, 0, d.length);
            return out.digest(digestSize);
        }
    }

    static byte[] pbkdf2(String name, byte[] password, byte[] salt, long iterations, int dklen) {
        Hmac prf = new Hmac(name, password);
        byte[] out = new byte[dklen];
        int produced = 0;
        for (int block = 1; produced < dklen; block++) {
            byte[] msg = new byte[salt.length + 4];
            System.arraycopy(salt, 0, msg, 0, salt.length);
            msg[salt.length] = (byte) (block >>> 24);
            msg[salt.length + 1] = (byte) (block >>> 16);
            msg[salt.length + 2] = (byte) (block >>> 8);
            msg[salt.length + 3] = (byte) block;
            byte[] u = prf.mac(msg);
            byte[] t = u.clone();
            for (long i = 1; i < iterations; i++) {
                u = prf.mac(u);
                for (int k = 0; k < t.length; k++) {
                    t[k] ^= u[k];
                }
            }
            int n = Math.min(t.length, dklen - produced);
            System.arraycopy(t, 0, out, produced, n);
            produced += n;
        }
        return out;
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_hashlib");
        m.set("__doc__", PyNone.NONE);
        m.set("HASH", HASH);
        m.set("HASHXOF", HASHXOF);
        m.set("HMAC", HMAC);
        m.set("UnsupportedDigestmodError", UNSUPPORTED);
        PySet names = new PySet(true);
        for (String n : NAMES) {
            names.add(new PyStr(n));
        }
        m.set("openssl_md_meth_names", names);
        m.set("new", new PyBuiltinFunction("new", (a, kw) -> {
            PyObject[] p = Args.bind("new", a, kw, new String[] {"name", "string", "usedforsecurity"}, 1);
            PyHash h = byName(p[0]);
            if (p[1] != null) {
                h.update(p[1]);
            }
            return h;
        }));
        java.util.Map<PyObject, String> constructors = new java.util.IdentityHashMap<>();
        for (String n : NAMES) {
            if (n.startsWith("blake2") || n.startsWith("sha512_")) {
                continue;
            }
            String fname = "openssl_" + n;
            PyBuiltinFunction ctor;
            m.set(fname, ctor = new PyBuiltinFunction(fname, (a, kw) -> {
                PyObject[] p = Args.bind(fname, a, kw, new String[] {"string", "usedforsecurity"}, 0);
                PyHash h = create(n);
                if (p[0] != null) {
                    h.update(p[0]);
                }
                return h;
            }));
            constructors.put(ctor, n);
        }
        m.set("pbkdf2_hmac", new PyBuiltinFunction("pbkdf2_hmac", (a, kw) -> {
            PyObject[] p = Args.bind("pbkdf2_hmac", a, kw, new String[] {"hash_name", "password", "salt", "iterations", "dklen"}, 4);
            if (!(p[0] instanceof PyStr name)) {
                throw Errors.typeError("pbkdf2_hmac() argument 'hash_name' must be str, not " + p[0].type().name);
            }
            byte[] password = bytesLike(p[1]);
            byte[] salt = bytesLike(p[2]);
            long iterations = Ops.index(p[3], null).longValueExact();
            if (iterations < 1) {
                throw Errors.valueError("iteration value must be greater than 0.");
            }
            PyHash proto = create(name.value);
            if (proto == null || proto.extendable) {
                throw Errors.of(UNSUPPORTED, "[digital envelope routines] unsupported");
            }
            long dklen = p[4] == null || p[4] == PyNone.NONE ? proto.digestSize : Ops.index(p[4], null).longValueExact();
            if (dklen < 1) {
                throw Errors.valueError("key length must be greater than 0.");
            }
            return new PyBytes(pbkdf2(name.value, password, salt, iterations, (int) dklen));
        }));
        m.set("hmac_new", new PyBuiltinFunction("hmac_new", (a, kw) -> {
            PyObject[] p = Args.bind("hmac_new", a, kw, new String[] {"key", "msg", "digestmod"}, 1);
            if (p[2] == null || p[2] == PyNone.NONE) {
                throw Errors.typeError("Missing required parameter 'digestmod'.");
            }
            Hmac mac = new Hmac(digestName(constructors, p[2]), bytesLike(p[0]));
            HmacObject h = new HmacObject(mac.name, mac.inner.copy(), mac.outer, mac.digestSize, mac.blockSize);
            if (p[1] != null && p[1] != PyNone.NONE) {
                byte[] msg = PyHash.data(p[1]);
                h.inner.update(msg, 0, msg.length);
            }
            return h;
        }));
        m.set("hmac_digest", new PyBuiltinFunction("hmac_digest", (a, kw) -> {
            PyObject[] p = Args.bind("hmac_digest", a, kw, new String[] {"key", "msg", "digest"}, 3);
            return new PyBytes(new Hmac(digestName(constructors, p[2]), bytesLike(p[0])).mac(bytesLike(p[1])));
        }));
        m.set("compare_digest", new PyBuiltinFunction("compare_digest", (a, kw) -> {
            Args.check("compare_digest", a, kw, 2, 2);
            return PyBool.of(dev.eddy.stdlib.DigestComparison.compareDigest(a[0], a[1]));
        }));
        m.set("get_fips_mode", new PyBuiltinFunction("get_fips_mode", (a, kw) -> PyInt.of(0)));
        return m;
    }
}
