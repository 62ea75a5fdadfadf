package dev.eddy.runtime;

/** bytes(): construction and the methods of bytes. */
public final class BytesMethods {
    private BytesMethods() {
    }

    static PyObject construct(PyObject[] a, String[] kw) {
        if (a.length == 0) {
            return new PyBytes(new byte[0]);
        }
        PyObject x = a[0];
        if (x instanceof PyStr s) {
            if (a.length < 2) {
                throw Errors.typeError("string argument without an encoding");
            }
            return new PyBytes(s.value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        if (x instanceof PyInt i) {
            return new PyBytes(new byte[i.intValueExact()]);
        }
        PyObject[] items = Ops.toArray(x);
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            int v = Ops.toInt(items[i]);
            if (v < 0 || v > 255) {
                throw Errors.valueError("bytes must be in range(0, 256)");
            }
            out[i] = (byte) v;
        }
        return new PyBytes(out);
    }
}
