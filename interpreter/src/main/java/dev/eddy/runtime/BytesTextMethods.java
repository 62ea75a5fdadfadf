package dev.eddy.runtime;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The methods bytes and bytearray share that treat the bytes as ASCII text: case changes,
 * padding, tabs and lines, prefixes, translate and maketrans, and the % operator.
 */
final class BytesTextMethods {
    private BytesTextMethods() {
    }

    private static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    static void install(PyType t) {
        String tn = t.name;
        t.def("capitalize", (a, kw) -> {
            TypeMethods.check(tn + ".capitalize", a, kw, 0, 0);
            byte[] b = BytesMethods.self(a).clone();
            for (int i = 0; i < b.length; i++) {
                if (i == 0 ? isLower(b[i]) : isUpper(b[i])) {
                    b[i] ^= 32;
                }
            }
            return BytesMethods.make(a, b);
        });
        t.def("swapcase", (a, kw) -> {
            TypeMethods.check(tn + ".swapcase", a, kw, 0, 0);
            byte[] b = BytesMethods.self(a).clone();
            for (int i = 0; i < b.length; i++) {
                if (isLower(b[i]) || isUpper(b[i])) {
                    b[i] ^= 32;
                }
            }
            return BytesMethods.make(a, b);
        });
        t.def("title", (a, kw) -> {
            TypeMethods.check(tn + ".title", a, kw, 0, 0);
            byte[] b = BytesMethods.self(a).clone();
            boolean prevCased = false;
            for (int i = 0; i < b.length; i++) {
                boolean cased = isLower(b[i]) || isUpper(b[i]);
                if (prevCased ? isUpper(b[i]) : isLower(b[i])) {
                    b[i] ^= 32;
                }
                prevCased = cased;
            }
            return BytesMethods.make(a, b);
        });
        t.def("istitle", (a, kw) -> {
            TypeMethods.check(tn + ".istitle", a, kw, 0, 0);
            boolean prevCased = false;
            boolean any = false;
            for (byte x : BytesMethods.self(a)) {
                if (isUpper(x)) {
                    if (prevCased) {
                        return PyBool.FALSE;
                    }
                    prevCased = true;
                    any = true;
                } else if (isLower(x)) {
                    if (!prevCased) {
                        return PyBool.FALSE;
                    }
                    prevCased = true;
                    any = true;
                } else {
                    prevCased = false;
                }
            }
            return PyBool.of(any);
        });
        t.def("isascii", (a, kw) -> {
            TypeMethods.check(tn + ".isascii", a, kw, 0, 0);
            for (byte x : BytesMethods.self(a)) {
                if (x < 0) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        t.def("center", (a, kw) -> pad(a, kw, "center"));
        t.def("ljust", (a, kw) -> pad(a, kw, "ljust"));
        t.def("rjust", (a, kw) -> pad(a, kw, "rjust"));
        t.def("zfill", (a, kw) -> {
            TypeMethods.check(tn + ".zfill", a, kw, 1, 1);
            byte[] b = BytesMethods.self(a);
            long width = TypeMethods.asLong(a[1]);
            if (width <= b.length) {
                return a[0] instanceof PyBytes ? a[0] : BytesMethods.make(a, b);
            }
            byte[] out = new byte[(int) width];
            int fill = (int) width - b.length;
            Arrays.fill(out, 0, fill, (byte) '0');
            System.arraycopy(b, 0, out, fill, b.length);
            if (b.length > 0 && (b[0] == '+' || b[0] == '-')) {
                out[0] = b[0];
                out[fill] = '0';
            }
            return BytesMethods.make(a, out);
        });
        t.def("expandtabs", (a, kw) -> {
            PyObject[] p = TypeMethods.bind("expandtabs", a, kw, new String[] {"tabsize"}, 0);
            long tab = p[0] == null ? 8 : TypeMethods.asLong(p[0]);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long col = 0;
            for (byte x : BytesMethods.self(a)) {
                if (x == '\t') {
                    if (tab > 0) {
                        long n = tab - col % tab;
                        for (long k = 0; k < n; k++) {
                            out.write(' ');
                        }
                        col += n;
                    }
                } else {
                    out.write(x);
                    col = x == '\n' || x == '\r' ? 0 : col + 1;
                }
            }
            return BytesMethods.make(a, out.toByteArray());
        });
        t.def("splitlines", (a, kw) -> {
            PyObject[] p = TypeMethods.bind("splitlines", a, kw, new String[] {"keepends"}, 0);
            boolean keep = p[0] != null && p[0].isTrue();
            byte[] b = BytesMethods.self(a);
            PyList out = new PyList();
            int i = 0;
            while (i < b.length) {
                int j = i;
                while (j < b.length && b[j] != '\n' && b[j] != '\r') {
                    j++;
                }
                int eol = j;
                if (j < b.length) {
                    j += b[j] == '\r' && j + 1 < b.length && b[j + 1] == '\n' ? 2 : 1;
                }
                out.append(BytesMethods.make(a, Arrays.copyOfRange(b, i, keep ? j : eol)));
                i = j;
            }
            return out;
        });
        t.def("removeprefix", (a, kw) -> {
            TypeMethods.check(tn + ".removeprefix", a, kw, 1, 1);
            byte[] b = BytesMethods.self(a);
            byte[] x = BytesMethods.bytesArg(a[1]);
            boolean has = x.length > 0 && x.length <= b.length && Arrays.equals(b, 0, x.length, x, 0, x.length);
            return !has && a[0] instanceof PyBytes ? a[0] : BytesMethods.make(a, has ? Arrays.copyOfRange(b, x.length, b.length) : b);
        });
        t.def("removesuffix", (a, kw) -> {
            TypeMethods.check(tn + ".removesuffix", a, kw, 1, 1);
            byte[] b = BytesMethods.self(a);
            byte[] x = BytesMethods.bytesArg(a[1]);
            boolean has = x.length > 0 && x.length <= b.length && Arrays.equals(b, b.length - x.length, b.length, x, 0, x.length);
            return !has && a[0] instanceof PyBytes ? a[0] : BytesMethods.make(a, has ? Arrays.copyOf(b, b.length - x.length) : b);
        });
        t.def("translate", (a, kw) -> {
            PyObject[] p = TypeMethods.bind("translate", a, kw, new String[] {"table", "delete"}, 1);
            byte[] b = BytesMethods.self(a);
            byte[] table = p[0] == PyNone.NONE ? null : BytesMethods.bytesArg(p[0]);
            if (table != null && table.length != 256) {
                throw Errors.valueError("translation table must be 256 characters long");
            }
            boolean[] delete = new boolean[256];
            if (p[1] != null) {
                for (byte x : BytesMethods.bytesArg(p[1])) {
                    delete[x & 0xff] = true;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
            for (byte x : b) {
                if (!delete[x & 0xff]) {
                    out.write(table == null ? x : table[x & 0xff]);
                }
            }
            return BytesMethods.make(a, out.toByteArray());
        });
        t.defStatic("maketrans", (a, kw) -> {
            Args.check("maketrans", a, kw, 2, 2);
            byte[] from = BytesMethods.bytesArg(a[0]);
            byte[] to = BytesMethods.bytesArg(a[1]);
            if (from.length != to.length) {
                throw Errors.valueError("maketrans arguments must have same length");
            }
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) {
                table[i] = (byte) i;
            }
            for (int i = 0; i < from.length; i++) {
                table[from[i] & 0xff] = to[i];
            }
            return new PyBytes(table);
        });
        t.def("__mod__", (a, kw) -> {
            TypeMethods.check(tn + ".__mod__", a, kw, 1, 1);
            return BytesMethods.make(a, StrFormat.percentBytes(BytesMethods.self(a), a[1]));
        });
        t.def("__rmod__", (a, kw) -> PyNotImplemented.INSTANCE);
        if (t == PyBytes.TYPE) {
            t.def("__bytes__", (a, kw) -> a[0] instanceof PyBytes && a[0].type() == PyBytes.TYPE ? a[0] : new PyBytes(BytesMethods.self(a)));
            t.def("__getnewargs__", (a, kw) -> PyTuple.of(new PyBytes(BytesMethods.self(a))));
        }
    }

    /** center, ljust, rjust: padded to width with a single-byte fill. */
    private static PyObject pad(PyObject[] a, String[] kw, String name) {
        TypeMethods.check(name, a, kw, 1, 2);
        byte[] b = BytesMethods.self(a);
        long width = TypeMethods.asLong(a[1]);
        byte fill = ' ';
        if (a.length > 2) {
            if (!(a[2] instanceof PyBytes || a[2] instanceof PyByteArray) || ((PyBuffer) a[2]).bufferLength() != 1) {
                throw Errors.typeError(name + "() argument 2 must be a byte string of length 1, not " + a[2].type().name);
            }
            fill = ((PyBuffer) a[2]).bufferBytes()[0];
        }
        if (width <= b.length) {
            return a[0] instanceof PyBytes ? a[0] : BytesMethods.make(a, b);
        }
        int total = (int) width - b.length;
        int left = name.equals("ljust") ? 0 : name.equals("rjust") ? total : total / 2 + (total & (int) width & 1);
        byte[] out = new byte[(int) width];
        Arrays.fill(out, fill);
        System.arraycopy(b, 0, out, left, b.length);
        return BytesMethods.make(a, out);
    }
}
