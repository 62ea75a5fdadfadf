package dev.eddy.stdlib;

import dev.eddy.runtime.IdentityIds;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.Descriptors;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Importer;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyInstance;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PySet;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

import java.util.HashMap;
import java.util.Map;

/**
 * The copy module: copy() and deepcopy(). Builtin containers are copied directly; other
 * objects go through CPython's protocol: __copy__ / __deepcopy__, else copyreg's dispatch
 * table or __reduce_ex__(4), whose result is rebuilt as copy.py's _reconstruct does
 * (__setstate__ or the instance dict and slots, then list and dict items).
 */
public final class CopyModule implements ModuleProvider {
    static final PyType ERROR = Mod.type("copy", "Error", Exceptions.EXCEPTION, null);

    @Override
    public String name() {
        return "copy";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("copy");
        Mod.def(m, "copy", (a, kw) -> {
            Args.check("copy", a, kw, 1, 1);
            return copy(a[0]);
        });
        Mod.def(m, "deepcopy", (a, kw) -> {
            PyObject[] p = Args.bind("deepcopy", a, kw, new String[] {"x", "memo", "_nil"}, 1);
            PyDict memo = p[1] instanceof PyDict d ? d : new PyDict();
            return deepcopy(p[0], memo);
        });
        m.set("Error", ERROR);
        m.set("error", ERROR);
        return m;
    }

    /** A new instance of {@code x}'s class sharing nothing but the attribute values. */
    private static PyInstance blankLike(PyBaseException e) {
        return new PyBaseException(e.type(), e.args.items.clone());
    }

    static PyObject copy(PyObject x) {
        PyType t = x.type();
        if (t == PyList.TYPE) {
            return new PyList(((PyList) x).toArray());
        }
        if (t == PyDict.TYPE) {
            PyDict d = new PyDict();
            d.map.putAll(((PyDict) x).map);
            return d;
        }
        if (t == PySet.TYPE) {
            PySet r = new PySet(false);
            r.set.addAll(((PySet) x).set);
            return r;
        }
        if (x instanceof PyType) {
            return x;
        }
        PyObject m = t.lookup("__copy__");
        if (m != null) {
            return Descriptors.callBound(m, x, t);
        }
        if (x instanceof PyBaseException e && !customReduce(t)) {
            PyInstance r = blankLike(e);
            if (e.dict != null) {
                r.dict = new java.util.LinkedHashMap<>(e.dict);
            }
            return r;
        }
        if (reducible(x)) {
            PyObject rv = reduce(x, "(shallow)");
            return rv instanceof PyStr ? x : reconstruct(x, null, rv);
        }
        return x;
    }

    /**
     * Objects copied through the reduce protocol: class instances, subclasses of the builtin
     * containers, and Java objects whose type has a __reduce__ of its own (SimpleNamespace).
     */
    private static boolean reducible(PyObject x) {
        if (x instanceof PyInstance || x.type().heapType && (x instanceof PyList || x instanceof PyDict || x instanceof PySet || x instanceof PyTuple)) {
            return true;
        }
        PyObject reduce = x.type().lookup("__reduce__");
        return reduce instanceof dev.eddy.runtime.PyBuiltinFunction bf && bf.owner != PyType.OBJECT;
    }

    /** True when class {@code t} or a base written in Python defines its own __reduce_ex__ or __reduce__. */
    private static boolean customReduce(PyType t) {
        for (String name : new String[] {"__reduce_ex__", "__reduce__", "__getstate__", "__setstate__"}) {
            PyObject m = t.lookup(name);
            if (m != null && !(m instanceof dev.eddy.runtime.PyBuiltinFunction)) {
                return true;
            }
        }
        return false;
    }

    /** copyreg.dispatch_table's reducer for x's class, else x.__reduce_ex__(4), else x.__reduce__(). */
    private static PyObject reduce(PyObject x, String what) {
        PyType t = x.type();
        PyObject copyreg = Importer.current().importModule("copyreg");
        PyObject table = copyreg.getAttr("dispatch_table");
        PyObject reductor = table instanceof PyDict d ? d.get(t) : null;
        if (reductor != null) {
            return reductor.call(x);
        }
        PyObject reduceEx = x.lookupAttr("__reduce_ex__");
        if (reduceEx != null) {
            return reduceEx.call(PyInt.of(4));
        }
        PyObject plain = x.lookupAttr("__reduce__");
        if (plain != null) {
            return plain.call();
        }
        throw Errors.of(ERROR, "un" + what + "copyable object of type " + t.name);
    }

    /** copy.py's _reconstruct: rebuilds an object from its reduce value (deep when memo is given). */
    private static PyObject reconstruct(PyObject x, PyDict memo, PyObject rv) {
        if (!(rv instanceof PyTuple tup) || tup.items.length < 2 || tup.items.length > 5) {
            throw Errors.typeError("cannot unpack reduce value of type " + rv.type().name);
        }
        PyObject[] parts = tup.items;
        boolean deep = memo != null;
        PyObject args = parts[1];
        if (deep && args.isTrue()) {
            args = deepcopy(args, memo);
        }
        PyObject y = parts[0].call(Ops.toArray(args), null);
        if (deep) {
            memo.put(PyInt.of(IdentityIds.of(x)), y);
        }
        PyObject state = parts.length > 2 ? parts[2] : PyNone.NONE;
        if (state != PyNone.NONE) {
            if (deep) {
                state = deepcopy(state, memo);
            }
            PyObject setstate = y.lookupAttr("__setstate__");
            if (setstate != null) {
                setstate.call(state);
            } else {
                PyObject slotState = PyNone.NONE;
                if (state instanceof PyTuple st && st.items.length == 2) {
                    state = st.items[0];
                    slotState = st.items[1];
                }
                if (state != PyNone.NONE) {
                    Ops.callMethod(y.getAttr("__dict__"), "update", state);
                }
                if (slotState != PyNone.NONE) {
                    PyObject items = Ops.callMethod(slotState, "items").iter();
                    for (PyObject kv = items.next(); kv != null; kv = items.next()) {
                        PyObject[] pair = Ops.toArray(kv);
                        y.setAttr(pair[0].toString(), pair[1]);
                    }
                }
            }
        }
        PyObject listIter = parts.length > 3 ? parts[3] : PyNone.NONE;
        if (listIter != PyNone.NONE) {
            for (PyObject item = listIter.next(); item != null; item = listIter.next()) {
                Ops.callMethod(y, "append", deep ? deepcopy(item, memo) : item);
            }
        }
        PyObject dictIter = parts.length > 4 ? parts[4] : PyNone.NONE;
        if (dictIter != PyNone.NONE) {
            for (PyObject kv = dictIter.next(); kv != null; kv = dictIter.next()) {
                PyObject[] pair = Ops.toArray(kv);
                y.setItem(deep ? deepcopy(pair[0], memo) : pair[0], deep ? deepcopy(pair[1], memo) : pair[1]);
            }
        }
        return y;
    }

    /** copy.py's _keep_alive: memo[id(memo)] lists the originals, so their ids stay unique while memo lives. */
    private static void keepAlive(PyObject x, PyDict memo) {
        PyInt key = PyInt.of(IdentityIds.of(memo));
        PyObject kept = memo.get(key);
        if (kept instanceof PyList l) {
            l.append(x);
        } else {
            PyList l = new PyList();
            l.append(x);
            memo.put(key, l);
        }
    }

    static PyObject deepcopy(PyObject x, PyDict memo) {
        PyInt id = PyInt.of(IdentityIds.of(x));
        PyObject done = memo.get(id);
        if (done != null) {
            return done;
        }
        PyType t = x.type();
        PyObject r;
        if (t == PyList.TYPE) {
            PyList l = (PyList) x;
            PyList out = new PyList();
            memo.put(id, out);
            for (int i = 0; i < l.size; i++) {
                out.append(deepcopy(l.items[i], memo));
            }
            r = out;
        } else if (t == PyTuple.TYPE) {
            PyTuple tup = (PyTuple) x;
            PyObject[] items = new PyObject[tup.items.length];
            boolean same = true;
            for (int i = 0; i < items.length; i++) {
                items[i] = deepcopy(tup.items[i], memo);
                same &= items[i] == tup.items[i];
            }
            PyObject again = memo.get(id);
            if (again != null) {
                return again;
            }
            r = same ? x : new PyTuple(items);
        } else if (t == PyDict.TYPE) {
            PyDict out = new PyDict();
            memo.put(id, out);
            for (Map.Entry<PyObject, PyObject> e : ((PyDict) x).map.entrySet()) {
                out.map.put(deepcopy(e.getKey(), memo), deepcopy(e.getValue(), memo));
            }
            r = out;
        } else if (x instanceof PySet s && !t.heapType) {
            PySet out = new PySet(s.frozen);
            if (!s.frozen) {
                memo.put(id, out);
            }
            for (PyObject o : s.set) {
                out.set.add(deepcopy(o, memo));
            }
            r = out;
        } else if (x instanceof PyDeque dq && t.lookup("__deepcopy__") == null) {
            PyObject out = copy(dq);
            memo.put(id, out);
            Ops.callMethod(out, "clear");
            for (int i = 0; i < dq.size(); i++) {
                Ops.callMethod(out, "append", deepcopy(dq.get(i), memo));
            }
            r = out;
        } else if (x instanceof PyType) {
            r = x;
        } else {
            PyObject m = reducible(x) || x instanceof PyDict ? x.lookupAttr("__deepcopy__") : null;
            if (m == null && !(x instanceof PyInstance)) {
                PyObject tm = t.lookup("__deepcopy__");
                m = tm == null ? null : Descriptors.bind(tm, x, t);
            }
            if (m != null) {
                r = m.call(memo);
            } else if (x instanceof PyBaseException e && !customReduce(t)) {
                // BaseException.__reduce__ gives (type, args, dict): both copied deeply
                PyObject[] args = Ops.toArray(deepcopy(e.args, memo));
                PyInstance out = new PyBaseException(e.type(), args);
                memo.put(id, out);
                if (e.dict != null) {
                    out.dict = new java.util.LinkedHashMap<>();
                    for (Map.Entry<String, PyObject> en : e.dict.entrySet()) {
                        out.dict.put(en.getKey(), deepcopy(en.getValue(), memo));
                    }
                }
                r = out;
            } else if (reducible(x)) {
                PyObject rv = reduce(x, "(deep)");
                r = rv instanceof PyStr ? x : reconstruct(x, memo, rv);
            } else {
                r = x;
            }
        }
        if (r != x) {
            keepAlive(x, memo);
        }
        if (r != x) {
            memo.put(id, r);
        }
        return r;
    }
}
