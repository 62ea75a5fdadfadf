package dev.eddy.runtime;

/** Reading arguments that must be bytes-like objects, with CPython's error messages. */
public final class Buffers {
    private Buffers() {
    }

    /** The contents of a bytes-like argument: "a bytes-like object is required, not 'str'". Do not modify the result. */
    public static byte[] bytesLike(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.bytes;
        }
        if (o instanceof PyBuffer b) {
            return b.bufferBytes();
        }
        throw Errors.typeError("a bytes-like object is required, not '" + o.type().name + "'");
    }

    /** The contents of a bytes-like object, or null when it is not one. Do not modify the result. */
    public static byte[] bytesOrNull(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.bytes;
        }
        return o instanceof PyBuffer b ? b.bufferBytes() : null;
    }

    /** A writable buffer argument (struct.pack_into, readinto): "argument must be read-write bytes-like object, not str". */
    public static PyBuffer writable(PyObject o) {
        if (o instanceof PyBuffer b && !b.bufferReadonly()) {
            return b;
        }
        throw Errors.typeError("argument must be read-write bytes-like object, not " + o.type().name);
    }
}
