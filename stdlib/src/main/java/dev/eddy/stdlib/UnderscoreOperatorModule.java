package dev.eddy.stdlib;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBuffer;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;

import java.security.MessageDigest;

/**
 * The _operator module that CPython's operator.py and hmac.py import from: the operator
 * module's functions, plus _compare_digest.
 */
public final class UnderscoreOperatorModule implements ModuleProvider {
    @Override
    public String name() {
        return "_operator";
    }

    /** a == b for two ASCII str or two bytes, taking time independent of where they differ. */
    public static boolean compareDigest(PyObject a, PyObject b) {
        byte[] x;
        byte[] y;
        if (a instanceof PyStr s && b instanceof PyStr t) {
            if (!isAscii(s.value) || !isAscii(t.value)) {
                throw Errors.typeError("comparing strings with non-ASCII characters is not supported");
            }
            x = s.value.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            y = t.value.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        } else if (a instanceof PyBuffer s && b instanceof PyBuffer t) {
            x = s.bufferBytes();
            y = t.bufferBytes();
        } else if (a instanceof PyStr && b instanceof PyBuffer) {
            throw Errors.typeError("a bytes-like object is required, not 'str'");
        } else {
            throw Errors.typeError("unsupported operand types(s) or combination of types: '"
                    + a.type().name + "' and '" + b.type().name + "'");
        }
        return MessageDigest.isEqual(x, y);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_operator");
        PyModule operator = new OperatorModule().create();
        operator.globals.forEach((k, cell) -> {
            if (!k.equals("__name__")) {
                m.set(k, cell.value);
            }
        });
        m.set("__doc__", new PyStr("Operator interface.\n\nThis module exports a set of functions implemented in C "
                + "corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\n"
                + "is equivalent to the expression x+y.  The function names are those\nused for special "
                + "methods; variants without leading and trailing\n'__' are also provided for convenience."));
        Mod.def(m, "_compare_digest", (a, kw) -> {
            Args.check("_compare_digest", a, kw, 2, 2);
            return PyBool.of(compareDigest(a[0], a[1]));
        });
        return m;
    }
}
