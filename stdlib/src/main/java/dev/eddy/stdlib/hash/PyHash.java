package dev.eddy.stdlib.hash;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBuffer;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

/** A hash object (md5(), sha256(), blake2b(), shake_128()...): update, digest, hexdigest, copy. */
final class PyHash extends PyObject {
    private final PyType type;
    final String name;
    final HashEngine engine;
    final int digestSize;
    final int blockSize;
    /** SHAKE: digest() and hexdigest() take the length. */
    final boolean extendable;

    PyHash(PyType type, String name, HashEngine engine, int digestSize, int blockSize, boolean extendable) {
        this.type = type;
        this.name = name;
        this.engine = engine;
        this.digestSize = digestSize;
        this.blockSize = blockSize;
        this.extendable = extendable;
    }

    /** A hash type: its instances are PyHash objects; the constructor, if any, is set by the module. */
    static PyType newType(String module, String name, PyType.Constructor ctor) {
        PyType t = PyType.builtin(name, PyType.OBJECT, ctor);
        t.module = module;
        t.def("update", (a, kw) -> {
            Args.checkMethod("update", a, kw, 1, 1);
            ((PyHash) a[0]).update(a[1]);
            return dev.eddy.runtime.PyNone.NONE;
        });
        t.def("digest", (a, kw) -> new PyBytes(((PyHash) a[0]).digest(a, kw, "digest")));
        t.def("hexdigest", (a, kw) -> new PyStr(hex(((PyHash) a[0]).digest(a, kw, "hexdigest"))));
        t.def("copy", (a, kw) -> {
            Args.checkMethod("copy", a, kw, 0, 0);
            PyHash h = (PyHash) a[0];
            return new PyHash(h.type, h.name, h.engine.copy(), h.digestSize, h.blockSize, h.extendable);
        });
        return t;
    }

    static byte[] data(PyObject o) {
        if (o instanceof PyBuffer b) {
            return b.bufferBytes();
        }
        if (o instanceof PyStr) {
            throw Errors.typeError("Strings must be encoded before hashing");
        }
        throw Errors.typeError("object supporting the buffer API required");
    }

    void update(PyObject o) {
        byte[] b = data(o);
        engine.update(b, 0, b.length);
    }

    private byte[] digest(PyObject[] a, String[] kw, String method) {
        if (!extendable) {
            Args.checkMethod(method, a, kw, 0, 0);
            return engine.digest(digestSize);
        }
        PyObject[] p = Args.bind(method, java.util.Arrays.copyOfRange(a, 1, a.length), kw, new String[] {"length"}, 1);
        PyInt n = Ops.index(p[0], null);
        if (n.signum() < 0) {
            throw Errors.valueError("value must be positive");
        }
        if (n.isBig() || n.value >= (1L << 29)) {
            throw Errors.valueError("length is too large");
        }
        return engine.digest((int) n.value);
    }

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length * 2);
        for (byte x : b) {
            sb.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
        }
        return sb.toString();
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyObject lookupAttr(String attr) {
        switch (attr) {
            case "name": return new PyStr(name);
            case "digest_size": return PyInt.of(digestSize);
            case "block_size": return PyInt.of(blockSize);
            default: return super.lookupAttr(attr);
        }
    }

    @Override
    public PyStr repr() {
        return new PyStr("<" + type.module + "." + type.name + " object>");
    }
}
