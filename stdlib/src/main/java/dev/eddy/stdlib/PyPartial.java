package dev.eddy.stdlib;

import dev.eddy.builtins.Functions;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** functools.partial(func, *args, **keywords): a call with some arguments filled in. */
public final class PyPartial extends PyObject {
    public static final PyType TYPE = Mod.type("functools", "partial", null, PyPartial::construct);

    static {
        TYPE.def("__call__", (a, kw) -> {
            PyObject[] rest = new PyObject[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return a[0].call(rest, kw);
        });
        // pickle and copy: (type, (func,), (func, args, keywords, None)), rebuilt by __setstate__
        TYPE.def("__reduce__", (a, kw) -> {
            Args.checkMethod("__reduce__", a, kw, 0, 0);
            PyPartial p = (PyPartial) a[0];
            PyDict kws = new PyDict();
            p.keywords.forEach((k, v) -> kws.put(new PyStr(k), v));
            return PyTuple.of(p.type(), PyTuple.of(p.func), PyTuple.of(p.func, new PyTuple(p.args.clone()), kws, PyNone.NONE));
        });
        TYPE.def("__setstate__", (a, kw) -> {
            Args.checkMethod("__setstate__", a, kw, 1, 1);
            ((PyPartial) a[0]).setState(a[1]);
            return PyNone.NONE;
        });
    }

    /** partial.__setstate__((func, args, kwds, dict)), with CPython's checks. */
    private void setState(PyObject state) {
        if (!(state instanceof PyTuple t)) {
            throw Errors.typeError("argument to __setstate__ must be a tuple");
        }
        if (t.items.length != 4) {
            throw Errors.typeError("expected 4 items in state, got " + t.items.length);
        }
        PyObject f = t.items[0];
        PyObject fargs = t.items[1];
        PyObject kw = t.items[2];
        if (!Functions.callable(f) || !(fargs instanceof PyTuple) || (kw != PyNone.NONE && !(kw instanceof PyDict))) {
            throw Errors.typeError("invalid partial state");
        }
        LinkedHashMap<String, PyObject> kws = new LinkedHashMap<>();
        if (kw instanceof PyDict d) {
            for (Map.Entry<PyObject, PyObject> e : d.map.entrySet()) {
                kws.put(((PyStr) e.getKey()).value, e.getValue());
            }
        }
        func = f;
        args = ((PyTuple) fargs).items.clone();
        keywords = kws;
    }

    public PyObject func;
    public PyObject[] args;
    /** Keyword arguments in order; never null. */
    public LinkedHashMap<String, PyObject> keywords;

    public PyPartial(PyObject func, PyObject[] args, LinkedHashMap<String, PyObject> keywords) {
        this.func = func;
        this.args = args;
        this.keywords = keywords;
    }

    private static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
        int npos = kw == null ? a.length : a.length - kw.length;
        if (npos == 0) {
            throw Errors.typeError("type 'partial' takes at least one argument");
        }
        PyObject func = a[0];
        if (!Functions.callable(func)) {
            throw Errors.typeError("the first argument must be callable");
        }
        List<PyObject> args = new ArrayList<>();
        LinkedHashMap<String, PyObject> kws = new LinkedHashMap<>();
        if (func instanceof PyPartial p) {
            func = p.func;
            args.addAll(List.of(p.args));
            kws.putAll(p.keywords);
        }
        for (int i = 1; i < npos; i++) {
            args.add(a[i]);
        }
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                kws.put(kw[i], a[npos + i]);
            }
        }
        return new PyPartial(func, args.toArray(new PyObject[0]), kws);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] callArgs, String[] kwnames) {
        int npos = kwnames == null ? callArgs.length : callArgs.length - kwnames.length;
        if (keywords.isEmpty() && kwnames == null) {
            if (args.length == 0) {
                return func.call(callArgs, null);
            }
            PyObject[] all = new PyObject[args.length + npos];
            System.arraycopy(args, 0, all, 0, args.length);
            System.arraycopy(callArgs, 0, all, args.length, npos);
            return func.call(all, null);
        }
        LinkedHashMap<String, PyObject> kws = new LinkedHashMap<>(keywords);
        if (kwnames != null) {
            for (int i = 0; i < kwnames.length; i++) {
                kws.put(kwnames[i], callArgs[npos + i]);
            }
        }
        PyObject[] all = new PyObject[args.length + npos + kws.size()];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(callArgs, 0, all, args.length, npos);
        String[] names = new String[kws.size()];
        int i = 0;
        for (Map.Entry<String, PyObject> e : kws.entrySet()) {
            names[i] = e.getKey();
            all[args.length + npos + i] = e.getValue();
            i++;
        }
        return func.call(all, names.length == 0 ? null : names);
    }

    @Override
    public PyObject lookupAttr(String name) {
        switch (name) {
            case "func": return func;
            case "args": return new PyTuple(args.clone());
            case "keywords": {
                PyDict d = new PyDict();
                keywords.forEach(d::put);
                return d;
            }
            default: return super.lookupAttr(name);
        }
    }

    @Override
    public PyStr repr() {
        StringBuilder sb = new StringBuilder("functools.partial(").append(func.repr().value);
        for (PyObject x : args) {
            sb.append(", ").append(x.repr().value);
        }
        keywords.forEach((k, v) -> sb.append(", ").append(k).append('=').append(v.repr().value));
        return new PyStr(sb.append(')').toString());
    }
}
