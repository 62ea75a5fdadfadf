package dev.eddy.stdlib;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;

import java.text.Normalizer;

/** The unicodedata module over CPython's Unicode 14.0.0 database ({@link UnicodeData}). */
public final class UnicodedataModule implements ModuleProvider {
    @Override
    public String name() {
        return "unicodedata";
    }

    /** The one character of a str argument. */
    private static int character(String fname, PyObject o, boolean numbered) {
        String what = fname + "() argument" + (numbered ? " 1" : "");
        if (!(o instanceof PyStr s) || s.codePointLength() != 1) {
            throw Errors.typeError(what + " must be a unicode character, not " + o.type().name);
        }
        return s.value.codePointAt(0);
    }

    private interface CharFunction {
        PyObject apply(UnicodeData d, int cp);
    }

    private static void simple(PyModule m, String name, CharFunction f) {
        Mod.def(m, name, (a, kw) -> {
            Args.check(name, a, kw, 1, 1);
            return f.apply(UnicodeData.get(), character(name, a[0], false));
        });
    }

    private static Normalizer.Form form(PyObject o, String fname) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError(fname + "() argument 1 must be str, not " + o.type().name);
        }
        switch (s.value) {
            case "NFC": return Normalizer.Form.NFC;
            case "NFD": return Normalizer.Form.NFD;
            case "NFKC": return Normalizer.Form.NFKC;
            case "NFKD": return Normalizer.Form.NFKD;
            default: throw Errors.valueError("invalid normalization form");
        }
    }

    private static String text(PyObject o, String fname) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError(fname + "() argument 2 must be str, not " + o.type().name);
        }
        return s.value;
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("unicodedata");
        m.set("__doc__", new PyStr("This module provides access to the Unicode Character Database which\n"
                + "defines character properties for all Unicode characters. The data in\nthis database is based on the\n"
                + "UnicodeData.txt file version 14.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\n"
                + "The module uses the same names and symbols as defined by the\nUnicodeData File Format 14.0.0."));
        m.set("unidata_version", new PyStr("14.0.0"));
        simple(m, "category", (d, cp) -> new PyStr(d.category[d.range(cp)]));
        simple(m, "bidirectional", (d, cp) -> new PyStr(d.bidirectional[d.range(cp)]));
        simple(m, "combining", (d, cp) -> PyInt.of(d.combining[d.range(cp)]));
        simple(m, "east_asian_width", (d, cp) -> new PyStr(d.eastAsianWidth[d.range(cp)]));
        simple(m, "mirrored", (d, cp) -> PyInt.of(d.mirrored[d.range(cp)] ? 1 : 0));
        simple(m, "decomposition", (d, cp) -> new PyStr(d.decomposition.getOrDefault(cp, "")));
        Mod.def(m, "name", (a, kw) -> {
            Args.check("name", a, kw, 1, 2);
            String n = UnicodeData.get().name(character("name", a[0], true));
            if (n == null) {
                if (a.length > 1) {
                    return a[1];
                }
                throw Errors.valueError("no such name");
            }
            return new PyStr(n);
        });
        Mod.def(m, "lookup", (a, kw) -> {
            Args.check("lookup", a, kw, 1, 1);
            if (!(a[0] instanceof PyStr s)) {
                throw Errors.typeError("lookup() argument must be str, not " + a[0].type().name);
            }
            if (s.value.length() > 256) {
                throw Errors.keyError(new PyStr("name too long"));
            }
            int cp = UnicodeData.get().lookup(s.value);
            if (cp < 0) {
                throw Errors.keyError(new PyStr("undefined character name '" + s.value + "'"));
            }
            return PyStr.ofCodePoint(cp);
        });
        String[][] numerics = {{"decimal", "not a decimal"}, {"digit", "not a digit"}, {"numeric", "not a numeric character"}};
        for (int k = 0; k < 3; k++) {
            int which = k;
            String fname = numerics[k][0];
            String error = numerics[k][1];
            Mod.def(m, fname, (a, kw) -> {
                Args.check(fname, a, kw, 1, 2);
                long[] v = UnicodeData.get().numeric.get(character(fname, a[0], true));
                if (v == null || (which < 2 && v[which] < 0)) {
                    if (a.length > 1) {
                        return a[1];
                    }
                    throw Errors.valueError(error);
                }
                return which < 2 ? PyInt.of(v[which]) : new PyFloat(Double.longBitsToDouble(v[2]));
            });
        }
        Mod.def(m, "normalize", (a, kw) -> {
            Args.check("normalize", a, kw, 2, 2);
            Normalizer.Form f = form(a[0], "normalize");
            String s = text(a[1], "normalize");
            return new PyStr(Normalizer.normalize(s, f));
        });
        Mod.def(m, "is_normalized", (a, kw) -> {
            Args.check("is_normalized", a, kw, 2, 2);
            Normalizer.Form f = form(a[0], "is_normalized");
            return PyBool.of(Normalizer.isNormalized(text(a[1], "is_normalized"), f));
        });
        return m;
    }
}
