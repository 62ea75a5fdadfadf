package dev.eddy.stdlib;

import dev.eddy.builtins.Kw;
import dev.eddy.builtins.Numeric;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.BinaryOp;
import dev.eddy.runtime.CompareOp;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.Descriptors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyNotImplemented;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

/** The _operator module: the fast operator functions and itemgetter / attrgetter / methodcaller under CPython's operator.py. */
public final class OperatorModule implements ModuleProvider {
    @Override
    public String name() {
        return "_operator";
    }

    private static void binary(PyModule m, String name, BinaryOp op) {
        Mod.def(m, name, (a, kw) -> {
            Args.check(name, a, kw, 2, 2);
            return Ops.binary(op, a[0], a[1]);
        });
        Mod.def(m, "__" + name.replace("_", "") + "__", (a, kw) -> {
            Args.check(name, a, kw, 2, 2);
            return Ops.binary(op, a[0], a[1]);
        });
        String iname = "i" + name.replace("_", "");
        Mod.def(m, iname, (a, kw) -> {
            Args.check(iname, a, kw, 2, 2);
            return Ops.inplace(op, a[0], a[1]);
        });
    }

    private static void compare(PyModule m, String name, CompareOp op) {
        Mod.def(m, name, (a, kw) -> {
            Args.check(name, a, kw, 2, 2);
            return Ops.compare(a[0], a[1], op);
        });
        m.set("__" + name + "__", m.get(name));
    }

    private interface Unary {
        PyObject apply(PyObject x);
    }

    private static void unary(PyModule m, String name, Unary f) {
        Mod.def(m, name, (a, kw) -> {
            Args.check(name, a, kw, 1, 1);
            return f.apply(a[0]);
        });
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_operator");
        Mod.def(m, "_compare_digest", (a, kw) -> {
            Args.check("_compare_digest", a, kw, 2, 2);
            return PyBool.of(DigestComparison.compareDigest(a[0], a[1]));
        });
        binary(m, "add", BinaryOp.ADD);
        binary(m, "sub", BinaryOp.SUB);
        binary(m, "mul", BinaryOp.MUL);
        binary(m, "matmul", BinaryOp.MATMUL);
        binary(m, "truediv", BinaryOp.TRUEDIV);
        binary(m, "floordiv", BinaryOp.FLOORDIV);
        binary(m, "mod", BinaryOp.MOD);
        binary(m, "pow", BinaryOp.POW);
        binary(m, "lshift", BinaryOp.LSHIFT);
        binary(m, "rshift", BinaryOp.RSHIFT);
        binary(m, "and_", BinaryOp.AND);
        binary(m, "or_", BinaryOp.OR);
        binary(m, "xor", BinaryOp.XOR);
        binary(m, "concat", BinaryOp.ADD);
        compare(m, "lt", CompareOp.LT);
        compare(m, "le", CompareOp.LE);
        compare(m, "eq", CompareOp.EQ);
        compare(m, "ne", CompareOp.NE);
        compare(m, "gt", CompareOp.GT);
        compare(m, "ge", CompareOp.GE);
        unary(m, "neg", PyObject::negative);
        unary(m, "pos", PyObject::positive);
        unary(m, "invert", PyObject::invert);
        unary(m, "inv", PyObject::invert);
        unary(m, "abs", Numeric::abs);
        unary(m, "not_", x -> PyBool.of(!x.isTrue()));
        unary(m, "truth", x -> PyBool.of(x.isTrue()));
        unary(m, "index", x -> Ops.index(x, null));
        Mod.def(m, "is_", (a, kw) -> {
            Args.check("is_", a, kw, 2, 2);
            return PyBool.of(a[0] == a[1]);
        });
        Mod.def(m, "is_not", (a, kw) -> {
            Args.check("is_not", a, kw, 2, 2);
            return PyBool.of(a[0] != a[1]);
        });
        Mod.def(m, "contains", (a, kw) -> {
            Args.check("contains", a, kw, 2, 2);
            return PyBool.of(a[0].contains(a[1]));
        });
        Mod.def(m, "countOf", (a, kw) -> {
            Args.check("countOf", a, kw, 2, 2);
            long n = 0;
            PyObject it = a[0].iter();
            for (PyObject x = it.next(); x != null; x = it.next()) {
                if (x == a[1] || Ops.eq(x, a[1])) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        Mod.def(m, "getitem", (a, kw) -> {
            Args.check("getitem", a, kw, 2, 2);
            return a[0].getItem(a[1]);
        });
        Mod.def(m, "setitem", (a, kw) -> {
            Args.check("setitem", a, kw, 3, 3);
            a[0].setItem(a[1], a[2]);
            return PyNone.NONE;
        });
        Mod.def(m, "delitem", (a, kw) -> {
            Args.check("delitem", a, kw, 2, 2);
            a[0].delItem(a[1]);
            return PyNone.NONE;
        });
        Mod.def(m, "length_hint", (a, kw) -> {
            Args.check("length_hint", a, kw, 1, 2);
            long dflt = a.length > 1 ? Ops.index(a[1], "length_hint").longValueExact() : 0;
            return PyInt.of(lengthHint(a[0], dflt));
        });
        m.set("itemgetter", ItemGetter.TYPE);
        m.set("attrgetter", AttrGetter.TYPE);
        m.set("methodcaller", MethodCaller.TYPE);
        return m;
    }

    /**
     * operator.length_hint: len(obj) if obj has a length, else what its type's __length_hint__
     * says (NotImplemented or no such method giving {@code dflt}), checked as CPython checks it.
     */
    static long lengthHint(PyObject obj, long dflt) {
        try {
            return obj.len();
        } catch (PyException e) {
            if (!e.matches(Exceptions.TYPE_ERROR)) {
                throw e;
            }
        }
        PyObject hint = obj.type().lookup("__length_hint__");
        if (hint == null) {
            return dflt;
        }
        PyObject r = Descriptors.bind(hint, obj, obj.type()).call(new PyObject[0], null);
        if (r == PyNotImplemented.INSTANCE) {
            return dflt;
        }
        if (!(r instanceof PyInt n)) {
            throw Errors.typeError("__length_hint__ must be an integer, not " + r.type().name);
        }
        if (n.signum() < 0) {
            throw Errors.valueError("__length_hint__() should return >= 0");
        }
        return n.longValueExact();
    }

    private static String reprArgs(PyObject[] items) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            sb.append(i > 0 ? ", " : "").append(items[i].repr().value);
        }
        return sb.toString();
    }

    /** itemgetter(*items). */
    static final class ItemGetter extends PyObject {
        static final PyType TYPE = Mod.type("operator", "itemgetter", null, (cls, a, kw) -> {
            Kw.none("itemgetter", kw);
            if (a.length == 0) {
                throw Errors.typeError("itemgetter expected 1 argument, got 0");
            }
            return new ItemGetter(a.clone());
        });

        static {
            TYPE.def("__call__", (a, kw) -> {
                Args.checkMethod("itemgetter", a, kw, 1, 1);
                return a[0].call(a[1]);
            });
            // pickle and copy: (itemgetter, items)
            TYPE.def("__reduce__", (a, kw) -> PyTuple.of(TYPE, new PyTuple(((ItemGetter) a[0]).items.clone())));
        }

        private final PyObject[] items;

        ItemGetter(PyObject[] items) {
            super();
            this.items = items;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            if (args.length != 1 || kwnames != null) {
                Args.check("itemgetter", args, kwnames, 1, 1);
            }
            if (items.length == 1) {
                return args[0].getItem(items[0]);
            }
            PyObject[] out = new PyObject[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = args[0].getItem(items[i]);
            }
            return new PyTuple(out);
        }

        @Override
        public PyStr repr() {
            return new PyStr("operator.itemgetter(" + reprArgs(items) + ")");
        }
    }

    /** attrgetter(*names), names possibly dotted. */
    static final class AttrGetter extends PyObject {
        static final PyType TYPE = Mod.type("operator", "attrgetter", null, (cls, a, kw) -> {
            Kw.none("attrgetter", kw);
            if (a.length == 0) {
                throw Errors.typeError("attrgetter expected 1 argument, got 0");
            }
            for (PyObject o : a) {
                if (!(o instanceof PyStr)) {
                    throw Errors.typeError("attribute name must be a string");
                }
            }
            return new AttrGetter(a.clone());
        });

        static {
            TYPE.def("__call__", (a, kw) -> {
                Args.checkMethod("attrgetter", a, kw, 1, 1);
                return a[0].call(a[1]);
            });
            TYPE.def("__reduce__", (a, kw) -> PyTuple.of(TYPE, new PyTuple(((AttrGetter) a[0]).names.clone())));
        }

        private final PyObject[] names;

        AttrGetter(PyObject[] names) {
            this.names = names;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        private static PyObject get(PyObject o, String dotted) {
            for (String part : dotted.split("\\.")) {
                o = o.getAttr(part);
            }
            return o;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            if (args.length != 1 || kwnames != null) {
                Args.check("attrgetter", args, kwnames, 1, 1);
            }
            if (names.length == 1) {
                return get(args[0], names[0].toString());
            }
            PyObject[] out = new PyObject[names.length];
            for (int i = 0; i < names.length; i++) {
                out[i] = get(args[0], names[i].toString());
            }
            return new PyTuple(out);
        }

        @Override
        public PyStr repr() {
            return new PyStr("operator.attrgetter(" + reprArgs(names) + ")");
        }
    }

    /** methodcaller(name, *args, **kwargs). */
    static final class MethodCaller extends PyObject {
        static final PyType TYPE = Mod.type("operator", "methodcaller", null, (cls, a, kw) -> {
            int npos = Kw.npos(a, kw);
            if (npos == 0) {
                throw Errors.typeError("methodcaller needs at least one argument, the method name");
            }
            if (!(a[0] instanceof PyStr)) {
                throw Errors.typeError("method name must be a string");
            }
            PyObject[] rest = new PyObject[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return new MethodCaller(a[0].toString(), rest, kw);
        });

        static {
            TYPE.def("__call__", (a, kw) -> {
                Args.checkMethod("methodcaller", a, kw, 1, 1);
                return a[0].call(a[1]);
            });
            // pickle and copy: (methodcaller, (name, *args)), or with keywords a partial of it applied to args
            TYPE.def("__reduce__", (a, kw) -> ((MethodCaller) a[0]).reduce());
        }

        private final String name;
        private final PyObject[] args;
        private final String[] kwnames;

        private PyObject reduce() {
            int nkw = kwnames == null ? 0 : kwnames.length;
            int npos = args.length - nkw;
            if (nkw == 0) {
                PyObject[] all = new PyObject[args.length + 1];
                all[0] = new PyStr(name);
                System.arraycopy(args, 0, all, 1, args.length);
                return PyTuple.of(TYPE, new PyTuple(all));
            }
            PyObject[] partialArgs = new PyObject[2 + nkw];
            partialArgs[0] = TYPE;
            partialArgs[1] = new PyStr(name);
            System.arraycopy(args, npos, partialArgs, 2, nkw);
            PyObject partial = PyPartial.TYPE.call(partialArgs, kwnames);
            return PyTuple.of(partial, new PyTuple(java.util.Arrays.copyOf(args, npos)));
        }

        MethodCaller(String name, PyObject[] args, String[] kwnames) {
            this.name = name;
            this.args = args;
            this.kwnames = kwnames;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            if (a.length != 1 || kw != null) {
                Args.check("methodcaller", a, kw, 1, 1);
            }
            return a[0].getAttr(name).call(args, kwnames);
        }

        @Override
        public PyStr repr() {
            StringBuilder sb = new StringBuilder("operator.methodcaller(").append(PyStr.repr(name));
            int npos = kwnames == null ? args.length : args.length - kwnames.length;
            for (int i = 0; i < npos; i++) {
                sb.append(", ").append(args[i].repr().value);
            }
            if (kwnames != null) {
                for (int i = 0; i < kwnames.length; i++) {
                    sb.append(", ").append(kwnames[i]).append('=').append(args[npos + i].repr().value);
                }
            }
            return new PyStr(sb.append(')').toString());
        }
    }
}
