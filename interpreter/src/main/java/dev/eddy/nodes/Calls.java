package dev.eddy.nodes;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Code;
import dev.eddy.runtime.CodePosition;
import dev.eddy.runtime.Descriptors;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Frame;
import dev.eddy.runtime.PyCell;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyFunction;
import dev.eddy.runtime.PyInstance;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/** Calls and function creation. */
public final class Calls {
    private Calls() {
    }

    /** f(a, b): positional arguments only. */
    public static final class Call extends ExprNode {
        final ExprNode func;
        final ExprNode[] args;

        public Call(ExprNode func, ExprNode[] args) {
            this.func = func;
            this.args = args;
        }

        @Override
        public PyObject eval(Frame f) {
            return invoke(func.eval(f), f);
        }

        /** Evaluates the arguments and calls {@code fn} with them. */
        PyObject invoke(PyObject fn, Frame f) {
            try {
                ExprNode[] args = this.args;
                if (fn instanceof PyFunction pf && pf.acceptsSlots(args.length)) {
                    PyObject[] slots = new PyObject[pf.code.slotCount];
                    for (int i = 0; i < args.length; i++) {
                        slots[i] = args[i].eval(f);
                    }
                    f.line = line;
                    return pf.callSlots(slots, args.length);
                }
                PyObject[] a = evalAll(args, f);
                f.line = line;
                return fn.call(a, null);
            } catch (PyException e) {
                throw located(e);
            }
        }
    }

    /**
     * f(x for ...), f(x for ..., default): when f is the builtin any, all or next, which stop
     * early and keep nothing, the generator expression is closed as the call ends, as
     * CPython's reference counting closes it then (see {@link OwnedIterators}).
     */
    public static final class CallOnGenerator extends ExprNode {
        final ExprNode func;
        final ExprNode[] args;
        private final PyObject any;
        private final PyObject all;
        private final PyObject next;

        public CallOnGenerator(ExprNode func, ExprNode[] args, PyObject any, PyObject all, PyObject next) {
            this.func = func;
            this.args = args;
            this.any = any;
            this.all = all;
            this.next = next;
        }

        @Override
        public PyObject eval(Frame f) {
            try {
                PyObject fn = func.eval(f);
                PyObject[] a = evalAll(args, f);
                f.line = line;
                if (fn != any && fn != all && fn != next) {
                    return fn.call(a, null);
                }
                OwnedIterators.own(a[0], true);
                try {
                    return fn.call(a, null);
                } finally {
                    OwnedIterators.release(a[0]);
                }
            } catch (PyException e) {
                throw located(e);
            }
        }
    }

    /** obj.name(a, b): calls a method without building a bound method object. */
    public static final class CallMethod extends ExprNode {
        final ExprNode obj;
        final String name;
        final ExprNode[] args;
        /** Where obj.name stands: what a traceback underlines when the lookup fails. */
        public CodePosition attributePos;

        public CallMethod(ExprNode obj, String name, ExprNode[] args) {
            this.obj = obj;
            this.name = name.intern();
            this.args = args;
        }

        @Override
        public PyObject eval(Frame f) {
            return invoke(obj.eval(f), f);
        }

        /**
         * The method {@link #invoke} calls directly for {@code self} (found on its type, no bound
         * method made), or null when the call goes through attribute lookup. Runs no Python code.
         */
        PyObject directMethod(PyObject self) {
            if (self instanceof PyType || self instanceof PyModule) {
                return null;
            }
            PyType t = self.type();
            PyObject m = t.lookup(name);
            if (m != null && Descriptors.isMethodLike(m)
                    && !(self instanceof PyInstance pi && (pi.dict != null && pi.dict.containsKey(name) || t.customGetattribute()))) {
                return m;
            }
            return null;
        }

        /** Evaluates the arguments and calls the method {@code name} of {@code self} with them. */
        PyObject invoke(PyObject self, Frame f) {
            try {
                PyObject m = directMethod(self);
                if (m != null) {
                    if (m instanceof PyFunction pf && pf.acceptsSlots(args.length + 1)) {
                        PyObject[] slots = new PyObject[pf.code.slotCount];
                        slots[0] = self;
                        for (int i = 0; i < args.length; i++) {
                            slots[i + 1] = args[i].eval(f);
                        }
                        f.line = line;
                        return pf.callSlots(slots, args.length + 1);
                    }
                    PyObject[] a = new PyObject[args.length + 1];
                    a[0] = self;
                    for (int i = 0; i < args.length; i++) {
                        a[i + 1] = args[i].eval(f);
                    }
                    f.line = line;
                    return m.call(a, null);
                }
                PyObject fn;
                try {
                    fn = self.getAttr(name);
                } catch (PyException e) {
                    e.value.notePosition(attributePos);
                    throw e;
                }
                PyObject[] a = evalAll(args, f);
                f.line = line;
                return fn.call(a, null);
            } catch (PyException e) {
                throw located(e);
            }
        }
    }

    /** The general call: keywords, *iterables and **mappings. A null keyword name marks **value. */
    public static final class CallGeneral extends ExprNode {
        final ExprNode func;
        final ExprNode[] args;
        final String[] kwNames;
        final ExprNode[] kwValues;

        /** No *iterable and no **mapping: arguments and keyword names have fixed positions. */
        private final boolean fixedShape;

        public CallGeneral(ExprNode func, ExprNode[] args, String[] kwNames, ExprNode[] kwValues) {
            this.func = func;
            this.args = args;
            this.kwNames = kwNames;
            this.kwValues = kwValues;
            boolean fixed = true;
            for (ExprNode a : args) {
                fixed &= !(a instanceof Literals.Starred);
            }
            for (int i = 0; i < kwNames.length; i++) {
                fixed &= kwNames[i] != null;
                for (int j = 0; j < i && fixed; j++) {
                    fixed &= !kwNames[i].equals(kwNames[j]);
                }
            }
            this.fixedShape = fixed;
        }

        @Override
        public PyObject eval(Frame f) {
            return invoke(func.eval(f), f);
        }

        /** The code last called here with keywords, and where its keyword arguments go. */
        private Code keywordCode;
        private int[] keywordSlots;

        /** Evaluates the arguments and calls {@code fn} with them. */
        public PyObject invoke(PyObject fn, Frame f) {
            try {
                if (fixedShape && fn instanceof PyFunction pf) {
                    int[] kwSlots = keywordSlots;
                    if (pf.code != keywordCode) {
                        kwSlots = pf.keywordSlots(args.length, kwNames);
                        keywordCode = pf.code;
                        keywordSlots = kwSlots;
                    }
                    if (kwSlots != null) {
                        return invokeBySlots(pf, kwSlots, f);
                    }
                }
                if (fixedShape) {
                    PyObject[] all = new PyObject[args.length + kwValues.length];
                    for (int i = 0; i < args.length; i++) {
                        all[i] = args[i].eval(f);
                    }
                    for (int i = 0; i < kwValues.length; i++) {
                        all[args.length + i] = kwValues[i].eval(f);
                    }
                    f.line = line;
                    return fn.call(all, kwNames);
                }
                ArrayList<PyObject> pos = new ArrayList<>(args.length + kwValues.length);
                for (ExprNode e : args) {
                    if (e instanceof Literals.Starred s) {
                        PyObject v = s.value.eval(f);
                        PyObject it;
                        try {
                            it = v.iter();
                        } catch (PyException ex) {
                            if (ex.matches(Exceptions.TYPE_ERROR) && v.type().lookup("__iter__") == null) {
                                throw Errors.typeError(describe(fn) + " argument after * must be an iterable, not " + v.type().name);
                            }
                            throw ex;
                        }
                        for (PyObject x = it.next(); x != null; x = it.next()) {
                            pos.add(x);
                        }
                    } else {
                        pos.add(e.eval(f));
                    }
                }
                ArrayList<String> names = new ArrayList<>();
                ArrayList<PyObject> values = new ArrayList<>();
                for (int i = 0; i < kwNames.length; i++) {
                    if (kwNames[i] != null) {
                        addKeyword(fn, names, values, kwNames[i], kwValues[i].eval(f));
                    } else {
                        PyObject m = kwValues[i].eval(f);
                        if (m instanceof PyDict d) {
                            for (Map.Entry<PyObject, PyObject> e : d.map.entrySet()) {
                                if (!(e.getKey() instanceof PyStr k)) {
                                    throw Errors.typeError("keywords must be strings");
                                }
                                addKeyword(fn, names, values, k.value, e.getValue());
                            }
                        } else {
                            PyObject keys = m.lookupAttr("keys");
                            if (keys == null) {
                                throw Errors.typeError(describe(fn) + " argument after ** must be a mapping, not " + m.type().name);
                            }
                            PyObject it = keys.call().iter();
                            for (PyObject k = it.next(); k != null; k = it.next()) {
                                addKeyword(fn, names, values, k.toString(), m.getItem(k));
                            }
                        }
                    }
                }
                PyObject[] all = new PyObject[pos.size() + values.size()];
                for (int i = 0; i < pos.size(); i++) {
                    all[i] = pos.get(i);
                }
                for (int i = 0; i < values.size(); i++) {
                    all[pos.size() + i] = values.get(i);
                }
                f.line = line;
                return fn.call(all, names.isEmpty() ? null : names.toArray(new String[0]));
            } catch (PyException e) {
                throw located(e);
            }
        }

        /** Evaluates the arguments straight into the new frame's slots. */
        private PyObject invokeBySlots(PyFunction pf, int[] kwSlots, Frame f) {
            PyObject[] slots = new PyObject[pf.code.slotCount];
            for (int i = 0; i < args.length; i++) {
                slots[i] = args[i].eval(f);
            }
            for (int i = 0; i < kwValues.length; i++) {
                slots[kwSlots[i]] = kwValues[i].eval(f);
            }
            f.line = line;
            PyObject r = pf.callFilledSlots(slots);
            if (r != null) {
                return r;
            }
            // a parameter without a value: the general binder says which, in CPython's words
            PyObject[] all = new PyObject[args.length + kwValues.length];
            System.arraycopy(slots, 0, all, 0, args.length);
            for (int i = 0; i < kwValues.length; i++) {
                all[args.length + i] = slots[kwSlots[i]];
            }
            return pf.call(all, kwNames);
        }

        private static void addKeyword(PyObject fn, ArrayList<String> names, ArrayList<PyObject> values, String k, PyObject v) {
            if (names.contains(k)) {
                throw Errors.typeError(describe(fn) + " got multiple values for keyword argument '" + k + "'");
            }
            names.add(k);
            values.add(v);
        }
    }

    /** The arguments' values, left to right. */
    static PyObject[] evalAll(ExprNode[] args, Frame f) {
        PyObject[] a = new PyObject[args.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = args[i].eval(f);
        }
        return a;
    }

    /** How CPython names a callable in call errors: "f()" for functions, "X.m()" for methods. */
    static String describe(PyObject fn) {
        if (fn instanceof PyFunction pf) {
            PyObject m = pf.module.get("__name__");
            return (m == null ? "" : m + ".") + pf.qualname + "()";
        }
        PyObject n = fn.lookupAttr("__qualname__");
        if (n == null) {
            n = fn.lookupAttr("__name__");
        }
        return (n == null ? fn.type().name : n.toString()) + "()";
    }

    /** def / lambda: builds a function object from code, defaults and the cells it closes over. */
    public static final class MakeFunction extends ExprNode {
        final Code code;
        final ExprNode[] defaults;
        final String[] kwDefaultNames;
        final ExprNode[] kwDefaults;
        /** Slots of the defining frame whose cells the new function captures, in closure order. */
        final int[] closureSlots;
        final PyObject doc;
        public MakeFunction(Code code, ExprNode[] defaults, String[] kwDefaultNames, ExprNode[] kwDefaults, int[] closureSlots, PyObject doc) {
            this.code = code;
            this.defaults = defaults;
            this.kwDefaultNames = kwDefaultNames;
            this.kwDefaults = kwDefaults;
            this.closureSlots = closureSlots;
            this.doc = doc;
        }

        @Override
        public PyObject eval(Frame f) {
            PyObject[] d = new PyObject[defaults.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = defaults[i].eval(f);
            }
            HashMap<String, PyObject> kw = null;
            if (kwDefaults.length > 0) {
                kw = new HashMap<>();
                for (int i = 0; i < kwDefaults.length; i++) {
                    kw.put(kwDefaultNames[i], kwDefaults[i].eval(f));
                }
            }
            PyCell[] closure = new PyCell[closureSlots.length];
            for (int i = 0; i < closure.length; i++) {
                closure[i] = (PyCell) f.slots[closureSlots[i]];
            }
            PyFunction fn = new PyFunction(code, f.module, d, kw, closure);
            if (doc != null) {
                fn.doc = doc;
            }
            return fn;
        }
    }

    /** Calls a function with no arguments check: used for comprehensions, whose only argument is the outer iterator. */
    public static final class CallComprehension extends ExprNode {
        final MakeFunction make;
        final ExprNode iterable;
        /** The outermost clause is 'async for': the argument is aiter(iterable). */
        final boolean async;

        public CallComprehension(MakeFunction make, ExprNode iterable, boolean async) {
            this.make = make;
            this.iterable = iterable;
            this.async = async;
        }

        @Override
        public PyObject eval(Frame f) {
            try {
                PyObject fn = make.eval(f);
                PyObject v = OwnedIterators.header(iterable, f);
                PyObject it = async ? AsyncFor.aiter(v) : v.iter();
                return fn.call(new PyObject[] {it}, null);
            } catch (PyException e) {
                throw located(e);
            }
        }

        /** Makes a generator expression's generator (a fresh object nobody else holds). */
        boolean makesGenerator() {
            return make.code.kind == Code.Kind.GENERATOR;
        }
    }
}
