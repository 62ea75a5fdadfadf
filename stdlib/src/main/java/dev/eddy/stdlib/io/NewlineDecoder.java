package dev.eddy.stdlib.io;

import dev.eddy.builtins.IoBase;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyInstance;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

/**
 * _io.IncrementalNewlineDecoder: wraps an incremental decoder (or none) and turns '\r\n' and
 * '\r' into '\n' when translating, holding back a final '\r' until it knows what follows.
 */
public final class NewlineDecoder extends PyInstance {
    public static final PyType TYPE = PyType.builtin("IncrementalNewlineDecoder", PyType.OBJECT, (cls, a, kw) -> {
        PyObject[] p = Args.bind("IncrementalNewlineDecoder", a, kw, new String[] {"decoder", "translate", "errors"}, 2);
        return new NewlineDecoder(cls, p[0], p[1].isTrue());
    });

    private final PyObject decoder;
    private final boolean translate;
    private boolean pendingCr;
    private int seen;

    private NewlineDecoder(PyType type, PyObject decoder, boolean translate) {
        super(type);
        this.decoder = decoder;
        this.translate = translate;
    }

    private String decode(PyObject input, boolean fin) {
        PyObject out = decoder == PyNone.NONE ? input
                : Ops.callMethod(decoder, "decode", input, dev.eddy.runtime.PyBool.of(fin));
        if (!(out instanceof PyStr ps)) {
            throw Errors.typeError("decoder should return a string result, not '" + out.type().name + "'");
        }
        String s = ps.value;
        if (pendingCr && (fin || !s.isEmpty())) {
            s = "\r" + s;
            pendingCr = false;
        }
        if (!fin && s.endsWith("\r")) {
            s = s.substring(0, s.length() - 1);
            pendingCr = true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                seen |= 1;
            } else if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    seen |= 4;
                    i++;
                } else {
                    seen |= 2;
                }
            }
        }
        if (translate && s.indexOf('\r') >= 0) {
            s = s.replace("\r\n", "\n").replace('\r', '\n');
        }
        return s;
    }

    private static NewlineDecoder self(PyObject[] a) {
        if (a.length > 0 && a[0] instanceof NewlineDecoder x) {
            return x;
        }
        throw IoBase.wrongSelf(a, TYPE);
    }

    static {
        PyType t = TYPE;
        t.module = "_io";
        IoBase.doc(t, "Codec used when reading a file in universal newlines mode.");
        t.def("decode", (a, kw) -> {
            PyObject[] p = Args.bind("decode", java.util.Arrays.copyOfRange(a, 1, a.length), kw, new String[] {"input", "final"}, 1);
            return new PyStr(self(a).decode(p[0], p[1] != null && p[1].isTrue()));
        });
        t.def("getstate", (a, kw) -> {
            NewlineDecoder d = self(a);
            PyObject buf = new PyBytes(new byte[0]);
            long flag = 0;
            if (d.decoder != PyNone.NONE) {
                PyObject st = Ops.callMethod(d.decoder, "getstate");
                PyObject[] items = Ops.toArray(st);
                buf = items[0];
                flag = Ops.index(items[1], null).longValueExact() << 1;
            }
            return new PyTuple(new PyObject[] {buf, PyInt.of(flag | (d.pendingCr ? 1 : 0))});
        });
        t.def("setstate", (a, kw) -> {
            NewlineDecoder d = self(a);
            PyObject[] items = Ops.toArray(a[1]);
            long flag = Ops.index(items[1], null).longValueExact();
            d.pendingCr = (flag & 1) != 0;
            if (d.decoder != PyNone.NONE) {
                Ops.callMethod(d.decoder, "setstate", new PyTuple(new PyObject[] {items[0], PyInt.of(flag >> 1)}));
            }
            return PyNone.NONE;
        });
        t.def("reset", (a, kw) -> {
            NewlineDecoder d = self(a);
            d.seen = 0;
            d.pendingCr = false;
            if (d.decoder != PyNone.NONE) {
                Ops.callMethod(d.decoder, "reset");
            }
            return PyNone.NONE;
        });
        IoBase.property(t, "newlines", (a, kw) -> {
            int s = self(a).seen;
            String[] names = {null, "\n", "\r", null, "\r\n"};
            if (s == 1 || s == 2 || s == 4) {
                return new PyStr(names[s]);
            }
            if (s == 0) {
                return PyNone.NONE;
            }
            java.util.List<PyObject> l = new java.util.ArrayList<>();
            if ((s & 2) != 0) {
                l.add(new PyStr("\r"));
            }
            if ((s & 1) != 0) {
                l.add(new PyStr("\n"));
            }
            if ((s & 4) != 0) {
                l.add(new PyStr("\r\n"));
            }
            return new PyTuple(l.toArray(new PyObject[0]));
        });
    }
}
