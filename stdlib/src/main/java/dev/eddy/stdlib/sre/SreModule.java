package dev.eddy.stdlib.sre;

import static dev.eddy.stdlib.sre.SreOpcodes.*;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;

import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/** The _sre module: constants, case helpers and compile(), which makes Pattern objects. */
public final class SreModule implements ModuleProvider {
    @Override
    public String name() {
        return "_sre";
    }

    /** Args.bind with the message CPython's argument clinic gives for an unknown keyword. */
    static PyObject[] bind(String fname, PyObject[] args, String[] kwnames, String[] params, int required) {
        if (kwnames != null) {
            for (String k : kwnames) {
                if (!java.util.Arrays.asList(params).contains(k)) {
                    throw Errors.typeError("'" + k + "' is an invalid keyword argument for " + fname + "()");
                }
            }
        }
        return Args.bind(fname, args, kwnames, params, required);
    }

    private static void def(PyModule m, String name, PyBuiltinFunction.Body body) {
        m.set(name, new PyBuiltinFunction(name, body));
    }

    private static int character(String fname, PyObject[] a, String[] kw) {
        PyObject[] p = Args.bind(fname, a, kw, new String[] {"character"}, 1);
        if (!(p[0] instanceof PyInt)) {
            throw Errors.typeError("'" + p[0].type().name + "' object cannot be interpreted as an integer");
        }
        PyInt i = (PyInt) p[0];
        if (i.isBig() || i.value < Integer.MIN_VALUE || i.value > 0xFFFFFFFFL) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        return (int) i.value;
    }

    private static void predicate(PyModule m, String name, IntPredicate f) {
        def(m, name, (a, kw) -> PyBool.of(f.test(character(name, a, kw))));
    }

    private static void mapping(PyModule m, String name, IntUnaryOperator f) {
        def(m, name, (a, kw) -> PyInt.of(f.applyAsInt(character(name, a, kw))));
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_sre");
        m.set("__doc__", dev.eddy.runtime.PyNone.NONE);
        m.set("MAGIC", PyInt.of(MAGIC));
        m.set("CODESIZE", PyInt.of(4));
        m.set("MAXREPEAT", PyInt.of(0xFFFFFFFFL));
        m.set("MAXGROUPS", PyInt.of(MAXGROUPS));
        m.set("copyright", new PyStr(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
        def(m, "getcodesize", (a, kw) -> {
            Args.check("getcodesize", a, kw, 0, 0);
            return PyInt.of(4);
        });
        predicate(m, "ascii_iscased", SreChars::asciiIsCased);
        predicate(m, "unicode_iscased", SreChars::unicodeIsCased);
        mapping(m, "ascii_tolower", ch -> ch < 128 ? SreChars.lowerAscii(ch) : ch);
        mapping(m, "unicode_tolower", SreChars::lowerUnicode);
        def(m, "compile", (a, kw) -> {
            PyObject[] p = bind("compile", a, kw,
                    new String[] {"pattern", "flags", "code", "groups", "groupindex", "indexgroup"}, 6);
            if (!(p[2] instanceof PyList list)) {
                throw Errors.typeError("compile() argument 'code' must be list, not " + p[2].type().name);
            }
            int[] code = new int[list.size];
            for (int i = 0; i < code.length; i++) {
                PyInt v = Ops.index(list.items[i], null);
                if (v.isBig() || v.value < 0 || v.value > 0xFFFFFFFFL) {
                    throw Errors.overflow("regular expression code size limit exceeded");
                }
                code[i] = (int) v.value;
            }
            int groups = Ops.index(p[3], null).intValueExact();
            int flags = Ops.index(p[1], null).intValueExact();
            return new SrePattern(p[0], flags, code, groups, p[4], p[5]);
        });
        return m;
    }
}
