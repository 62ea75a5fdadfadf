package dev.eddy.builtins;

import dev.eddy.runtime.Descriptors;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyInstance;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyIterator;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.Reduce;
import dev.eddy.runtime.PyType;

/**
 * reversed(seq): calls __reversed__ when the type has one, else walks a sequence
 * (__len__ and __getitem__) backwards. Lists get their own list_reverseiterator.
 */
public final class PyReversed extends PyIterator {
    public static final PyType TYPE = Iters.type("reversed", PyReversed::construct);
    public static final PyType LIST_TYPE = Iters.type("list_reverseiterator", null);

    static {
        PyIterator.defReduce(TYPE);
        PyIterator.defReduce(LIST_TYPE);
    }

    private final PyObject seq;
    private long index;

    private PyReversed(PyObject seq, long length) {
        this.seq = seq;
        this.index = length - 1;
    }

    private static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
        Kw.none("reversed", kw);
        if (a.length != 1) {
            throw Errors.typeError("reversed expected 1 argument, got " + a.length);
        }
        return of(a[0]);
    }

    /** reversed(o). */
    public static PyObject of(PyObject o) {
        if (o instanceof PyList l) {
            return new ListReversed(l);
        }
        if (o instanceof PyRange r) {
            return r.reversed();
        }
        if (o instanceof PyTuple t) {
            return new PyReversed(t, t.items.length);
        }
        if (o instanceof PyStr s) {
            return new PyReversed(s, s.len());
        }
        PyType t = o.type();
        PyObject m = t.lookup("__reversed__");
        if (m == PyNone.NONE) {
            throw notReversible(o);
        }
        if (m != null) {
            return Descriptors.callBound(m, o, t);
        }
        if (o instanceof PyDict d) {
            PyObject[] keys = d.map.keySet().toArray(new PyObject[0]);
            return new ListReversed(new PyList(keys));
        }
        if (o instanceof PyInstance) {
            if (t.lookup("__getitem__") == null || t.lookup("__len__") == null || o.type().isSubtypeOf(PyDict.TYPE)) {
                throw notReversible(o);
            }
            return new PyReversed(o, o.len());
        }
        if (t.lookup("__getitem__") != null && t.lookup("__len__") != null) {
            return new PyReversed(o, o.len());
        }
        throw notReversible(o);
    }

    private static PyException notReversible(PyObject o) {
        return Errors.typeError("'" + o.type().name + "' object is not reversible");
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject next() {
        if (index < 0) {
            return null;
        }
        try {
            return seq.getItem(PyInt.of(index--));
        } catch (PyException e) {
            if (e.matches(Exceptions.INDEX_ERROR) || e.matches(Exceptions.STOP_ITERATION)) {
                index = -1;
                return null;
            }
            throw e;
        }
    }

    @Override
    public int len() {
        return (int) Math.max(0, index + 1);
    }

    /** (reversed, (seq,), index), or (reversed, ((),)) once exhausted. */
    @Override
    public PyObject reduce() {
        if (index < 0) {
            return PyTuple.of(TYPE, PyTuple.of(new PyTuple(new PyObject[0])));
        }
        return PyTuple.of(TYPE, PyTuple.of(seq), PyInt.of(index));
    }

    @Override
    public void setState(PyObject state) {
        if (index >= 0) {
            long n = Ops.index(state, null).longValueExact();
            index = Math.max(-1, Math.min(n, seq.len() - 1L));
        }
    }

    /** reversed(list): stops quietly if the list shrinks meanwhile. */
    static final class ListReversed extends PyIterator {
        private final PyList list;
        private int index;

        ListReversed(PyList list) {
            this.list = list;
            this.index = list.size - 1;
        }

        @Override
        public PyType type() {
            return LIST_TYPE;
        }

        @Override
        public PyObject next() {
            if (index >= 0 && index < list.size) {
                return list.items[index--];
            }
            index = -1;
            return null;
        }

        @Override
        public int len() {
            return index >= 0 && index < list.size ? index + 1 : 0;
        }

        /** (reversed, (list,), index), or (iter, ([],)) once exhausted. */
        @Override
        public PyObject reduce() {
            if (index >= 0 && index < list.size) {
                return PyTuple.of(PyReversed.TYPE, PyTuple.of(list), PyInt.of(index));
            }
            return Reduce.remaining(new PyObject[0]);
        }

        @Override
        public void setState(PyObject state) {
            long n = Ops.index(state, null).longValueExact();
            index = (int) Math.max(-1, Math.min(n, list.size - 1L));
        }
    }
}
