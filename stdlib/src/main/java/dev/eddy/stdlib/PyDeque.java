package dev.eddy.stdlib;

import dev.eddy.builtins.Iters;
import dev.eddy.runtime.Reduce;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.BinaryOp;
import dev.eddy.runtime.CompareOp;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyExtensible;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyIterator;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyNotImplemented;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyProperty;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;
import dev.eddy.runtime.ReprGuard;

/** collections.deque: a ring buffer with O(1) appends and pops at both ends and an optional maxlen. */
public final class PyDeque extends PyExtensible {
    public static final PyType TYPE = Mod.type("collections", "deque", null, PyDeque::construct);
    static final PyType ITER_TYPE = Iters.type("_collections", "_deque_iterator", null);
    static final PyType REVERSE_ITER_TYPE = Iters.type("_collections", "_deque_reverse_iterator", null);

    private PyObject[] items = new PyObject[8];
    private int head;
    private int size;
    /** -1 when unbounded. */
    private int maxlen;
    /** Bumped by every change of length, for "deque mutated during iteration". */
    private int state;

    public PyDeque(int maxlen) {
        this.maxlen = maxlen;
    }

    /** deque(...); a user subclass gets an empty deque that its __init__ (or deque's) fills. */
    private static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
        if (cls != TYPE) {
            return PyExtensible.adopt(new PyDeque(-1), cls);
        }
        PyDeque d = new PyDeque(-1);
        d.init(a, kw);
        return d;
    }

    /** deque.__init__(iterable=(), maxlen=None): empties the deque, then fills it. */
    private void init(PyObject[] a, String[] kw) {
        PyObject[] p = Args.bind("deque", a, kw, new String[] {"iterable", "maxlen"}, 0);
        int maxlen = -1;
        if (p[1] != null && p[1] != PyNone.NONE) {
            long m = Ops.index(p[1], null).longValueExact();
            if (m < 0) {
                throw Errors.valueError("maxlen must be non-negative");
            }
            maxlen = (int) Math.min(m, Integer.MAX_VALUE);
        }
        this.maxlen = maxlen;
        if (size > 0) {
            clear();
        }
        if (p[0] != null) {
            extend(p[0]);
        }
    }

    @Override
    protected PyType javaType() {
        return TYPE;
    }

    public int size() {
        return size;
    }

    public PyObject get(int i) {
        return items[(head + i) & (items.length - 1)];
    }

    private void set(int i, PyObject v) {
        items[(head + i) & (items.length - 1)] = v;
    }

    private void grow() {
        if (size == items.length) {
            PyObject[] n = new PyObject[items.length * 2];
            for (int i = 0; i < size; i++) {
                n[i] = get(i);
            }
            items = n;
            head = 0;
        }
    }

    public void append(PyObject x) {
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            popLeft();
        }
        grow();
        set(size++, x);
        state++;
    }

    public void appendLeft(PyObject x) {
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            pop();
        }
        grow();
        head = (head - 1) & (items.length - 1);
        items[head] = x;
        size++;
        state++;
    }

    public PyObject pop() {
        if (size == 0) {
            throw Errors.indexError("pop from an empty deque");
        }
        int i = (head + size - 1) & (items.length - 1);
        PyObject x = items[i];
        items[i] = null;
        size--;
        state++;
        return x;
    }

    public PyObject popLeft() {
        if (size == 0) {
            throw Errors.indexError("pop from an empty deque");
        }
        PyObject x = items[head];
        items[head] = null;
        head = (head + 1) & (items.length - 1);
        size--;
        state++;
        return x;
    }

    public void extend(PyObject iterable) {
        PyObject[] src = iterable == this ? toArray() : null;
        if (src != null) {
            for (PyObject x : src) {
                append(x);
            }
            return;
        }
        PyObject it = iterable.iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            append(x);
        }
    }

    public void extendLeft(PyObject iterable) {
        PyObject it = (iterable == this ? new PyDeque(-1).with(toArray()) : iterable).iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            appendLeft(x);
        }
    }

    private PyDeque with(PyObject[] xs) {
        for (PyObject x : xs) {
            append(x);
        }
        return this;
    }

    public void rotate(long n) {
        if (size <= 1) {
            return;
        }
        int k = (int) Math.floorMod(n, (long) size);
        if (k == 0) {
            return;
        }
        PyObject[] all = toArray();
        for (int i = 0; i < size; i++) {
            items[(head + (i + k) % size) & (items.length - 1)] = all[i];
        }
    }

    public PyObject[] toArray() {
        PyObject[] out = new PyObject[size];
        for (int i = 0; i < size; i++) {
            out[i] = get(i);
        }
        return out;
    }

    private void clear() {
        items = new PyObject[8];
        head = 0;
        size = 0;
        state++;
    }

    private int index(PyObject key) {
        PyInt i = key.asIndexOrNull();
        if (i == null) {
            throw Errors.typeError("sequence index must be integer, not '" + key.type().name + "'");
        }
        long k = i.isBig() ? Long.MAX_VALUE : i.value;
        if (k < 0) {
            k += size;
        }
        if (k < 0 || k >= size) {
            throw Errors.indexError("deque index out of range");
        }
        return (int) k;
    }

    private void removeAt(int idx) {
        PyObject[] all = toArray();
        clear();
        for (int i = 0; i < all.length; i++) {
            if (i != idx) {
                append(all[i]);
            }
        }
    }

    private int find(PyObject x, int start, int stop) {
        int st = state;
        for (int i = Math.max(0, start); i < Math.min(stop, size); i++) {
            PyObject v = get(i);
            if (v == x || Ops.eq(v, x)) {
                return i;
            }
            if (st != state) {
                throw Errors.runtimeError("deque mutated during iteration");
            }
        }
        return -1;
    }

    // ---- protocol ------------------------------------------------------------------------------------

    /** deque.copy(): a subclass is copied by calling it, as CPython does. */
    private PyObject copy() {
        if (type() != TYPE) {
            PyObject list = new dev.eddy.runtime.PyList(toArray());
            return maxlen < 0 ? type().call(list) : type().call(list, PyInt.of(maxlen));
        }
        return new PyDeque(maxlen).with(toArray());
    }

    @Override
    public int len() {
        PyObject o = heapOverride("__len__");
        return o != null ? Ops.index(o.call(this), null).intValueExact() : size;
    }

    @Override
    public boolean isTrue() {
        return size > 0;
    }

    @Override
    public PyObject getItem(PyObject key) {
        PyObject o = heapOverride("__getitem__");
        if (o != null) {
            return o.call(this, key);
        }
        return get(index(key));
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        set(index(key), value);
    }

    @Override
    public void delItem(PyObject key) {
        removeAt(index(key));
    }

    @Override
    public boolean contains(PyObject item) {
        return find(item, 0, size) >= 0;
    }

    @Override
    public PyObject iter() {
        PyObject o = heapOverride("__iter__");
        if (o != null) {
            return o.call(this);
        }
        return new DequeIterator(false);
    }

    @Override
    public long hash() {
        throw Errors.typeError("unhashable type: 'collections.deque'");
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyDeque d)) {
            return PyNotImplemented.INSTANCE;
        }
        PyObject[] a = toArray();
        PyObject[] b = d.toArray();
        return Ops.compareSequences(a, a.length, b, b.length, op);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof PyDeque d && richCompare(d, CompareOp.EQ).isTrue();
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other) {
        if (op == BinaryOp.ADD) {
            if (!(other instanceof PyDeque d)) {
                throw Errors.typeError("can only concatenate deque (not \"" + other.type().name + "\") to deque");
            }
            PyDeque r = new PyDeque(maxlen).with(toArray());
            r.extend(d);
            return r;
        }
        if (op == BinaryOp.MUL && other instanceof PyInt n) {
            return new PyDeque(maxlen).with(Ops.repeat(toArray(), size, n));
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject reflectedBinaryOp(BinaryOp op, PyObject other) {
        return op == BinaryOp.MUL ? binaryOp(op, other) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject inplaceOp(BinaryOp op, PyObject other) {
        if (op == BinaryOp.ADD) {
            extend(other);
            return this;
        }
        if (op == BinaryOp.MUL && other instanceof PyInt n) {
            PyObject[] r = Ops.repeat(toArray(), size, n);
            clear();
            with(r);
            return this;
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyStr repr() {
        PyObject o = heapOverride("__repr__");
        if (o != null) {
            return (PyStr) o.call(this);
        }
        return ownRepr();
    }

    /** deque's own repr, whatever a subclass overrides ({@code deque.__repr__}). */
    PyStr ownRepr() {
        if (!ReprGuard.enter(this)) {
            return new PyStr("[...]");
        }
        StringBuilder sb = new StringBuilder(type().name).append("([");
        try {
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(get(i).repr().value);
            }
        } finally {
            ReprGuard.exit(this);
        }
        sb.append(']');
        if (maxlen >= 0) {
            sb.append(", maxlen=").append(maxlen);
        }
        return new PyStr(sb.append(')').toString());
    }


    /** Forward or backward iteration that fails if the deque changes length meanwhile. */
    private final class DequeIterator extends PyIterator {
        private final boolean reverse;
        private final int expected = state;
        private int i;

        DequeIterator(boolean reverse) {
            this.reverse = reverse;
        }

        @Override
        public PyType type() {
            return reverse ? REVERSE_ITER_TYPE : ITER_TYPE;
        }

        @Override
        public PyObject next() {
            if (state != expected) {
                throw Errors.runtimeError("deque mutated during iteration");
            }
            if (i >= size) {
                return null;
            }
            int k = i++;
            return get(reverse ? size - 1 - k : k);
        }
    }

    private static PyDeque self(PyObject[] a) {
        return (PyDeque) a[0];
    }

    static {
        TYPE.dict.put("__hash__", PyNone.NONE);   // unhashable, as CPython's deque says in its dict
        TYPE.def("append", (a, kw) -> {
            Args.checkMethod("append", a, kw, 1, 1);
            self(a).append(a[1]);
            return PyNone.NONE;
        });
        TYPE.def("appendleft", (a, kw) -> {
            Args.checkMethod("appendleft", a, kw, 1, 1);
            self(a).appendLeft(a[1]);
            return PyNone.NONE;
        });
        TYPE.def("pop", (a, kw) -> {
            if (a.length != 1) {
                throw Errors.typeError("deque.pop() takes no arguments (" + (a.length - 1) + " given)");
            }
            return self(a).pop();
        });
        TYPE.def("popleft", (a, kw) -> {
            if (a.length != 1) {
                throw Errors.typeError("deque.popleft() takes no arguments (" + (a.length - 1) + " given)");
            }
            return self(a).popLeft();
        });
        TYPE.def("extend", (a, kw) -> {
            Args.checkMethod("extend", a, kw, 1, 1);
            self(a).extend(a[1]);
            return PyNone.NONE;
        });
        TYPE.def("extendleft", (a, kw) -> {
            Args.checkMethod("extendleft", a, kw, 1, 1);
            self(a).extendLeft(a[1]);
            return PyNone.NONE;
        });
        TYPE.def("rotate", (a, kw) -> {
            Args.checkMethod("rotate", a, kw, 0, 1);
            self(a).rotate(a.length > 1 ? Ops.index(a[1], null).longValueExact() : 1);
            return PyNone.NONE;
        });
        TYPE.def("clear", (a, kw) -> {
            self(a).clear();
            return PyNone.NONE;
        });
        TYPE.def("__repr__", (a, kw) -> self(a).ownRepr());
        TYPE.def("copy", (a, kw) -> self(a).copy());
        TYPE.def("__copy__", (a, kw) -> self(a).copy());
        // pickle and copy: (type, ((), maxlen) or (), state, iter(deque))
        TYPE.def("__reduce__", (a, kw) -> {
            Args.checkMethod("__reduce__", a, kw, 0, 0);
            PyDeque d = self(a);
            PyTuple empty = new PyTuple(new PyObject[0]);
            PyTuple args = d.maxlen < 0 ? empty : PyTuple.of(empty, PyInt.of(d.maxlen));
            return PyTuple.of(d.type(), args, Reduce.dictState(d), d.iter());
        });
        TYPE.dict.put("maxlen", new PyProperty(new PyBuiltinFunction("maxlen",
                (a, kw) -> self(a).maxlen < 0 ? PyNone.NONE : PyInt.of(self(a).maxlen)), null, null, null));
        TYPE.def("__init__", (a, kw) -> {
            self(a).init(java.util.Arrays.copyOfRange(a, 1, a.length), kw);
            return PyNone.NONE;
        });
        TYPE.def("count", (a, kw) -> {
            Args.checkMethod("count", a, kw, 1, 1);
            PyDeque d = self(a);
            int st = d.state;
            long n = 0;
            for (int i = 0; i < d.size; i++) {
                PyObject v = d.get(i);
                if (v == a[1] || Ops.eq(v, a[1])) {
                    n++;
                }
                if (st != d.state) {
                    throw Errors.runtimeError("deque mutated during iteration");
                }
            }
            return PyInt.of(n);
        });
        TYPE.def("index", (a, kw) -> {
            Args.checkMethod("index", a, kw, 1, 3);
            PyDeque d = self(a);
            int start = a.length > 2 ? clampIndex(a[2], d.size) : 0;
            int stop = a.length > 3 ? clampIndex(a[3], d.size) : d.size;
            int i = d.find(a[1], start, stop);
            if (i < 0) {
                throw Errors.valueError(a[1].repr().value + " is not in deque");
            }
            return PyInt.of(i);
        });
        TYPE.def("insert", (a, kw) -> {
            Args.checkMethod("insert", a, kw, 2, 2);
            PyDeque d = self(a);
            if (d.size == d.maxlen) {
                throw Errors.indexError("deque already at its maximum size");
            }
            int i = clampIndex(a[1], d.size);
            PyObject[] all = d.toArray();
            d.clear();
            for (int k = 0; k <= all.length; k++) {
                if (k == i) {
                    d.append(a[2]);
                }
                if (k < all.length) {
                    d.append(all[k]);
                }
            }
            return PyNone.NONE;
        });
        TYPE.def("remove", (a, kw) -> {
            Args.checkMethod("remove", a, kw, 1, 1);
            PyDeque d = self(a);
            int i = d.find(a[1], 0, d.size);
            if (i < 0) {
                throw Errors.valueError(a[1].repr().value + " is not in deque");
            }
            d.removeAt(i);
            return PyNone.NONE;
        });
        TYPE.def("reverse", (a, kw) -> {
            PyDeque d = self(a);
            PyObject[] all = d.toArray();
            for (int i = 0; i < all.length; i++) {
                d.set(i, all[all.length - 1 - i]);
            }
            return PyNone.NONE;
        });
        TYPE.def("__len__", (a, kw) -> PyInt.of(self(a).size));
        TYPE.def("__iter__", (a, kw) -> self(a).iter());
        TYPE.def("__reversed__", (a, kw) -> self(a).new DequeIterator(true));
        TYPE.def("__getitem__", (a, kw) -> self(a).getItem(a[1]));
        TYPE.def("__setitem__", (a, kw) -> {
            self(a).setItem(a[1], a[2]);
            return PyNone.NONE;
        });
        TYPE.def("__contains__", (a, kw) -> PyBool.of(self(a).contains(a[1])));
        TYPE.def("__bool__", (a, kw) -> PyBool.of(self(a).size > 0));
    }

    private static int clampIndex(PyObject o, int size) {
        long i = Ops.index(o, null).longValueExact();
        if (i < 0) {
            i = Math.max(0, i + size);
        }
        return (int) Math.min(i, size);
    }
}
