package dev.eddy.runtime;

import java.util.Arrays;

/** Python list: a growable array. Methods live in {@link ListMethods}. */
public class PyList extends PyObject {
    public static final PyType TYPE = PyType.builtin("list", PyType.OBJECT, (cls, a, kw) -> {
        if (cls != PyList.TYPE) {
            PyList l = new PyList();
            l.heap = new HeapState(cls);
            return l;
        }
        Args.check("list", a, kw, 0, 1);
        PyList l = new PyList();
        if (a.length == 1) {
            l.extend(a[0]);
        }
        return l;
    });

    public PyObject[] items;
    public int size;

    /** Set when this is an instance of a user subclass. */
    HeapState heap;

    @Override
    public PyObject lookupAttr(String name) {
        return heap == null ? super.lookupAttr(name) : heap.lookupAttr(this, name);
    }

    @Override
    public PyObject getAttr(String name) {
        return heap == null ? super.getAttr(name) : heap.getAttr(this, name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
        if (heap == null) {
            super.setAttr(name, value);
        } else {
            heap.setAttr(this, name, value);
        }
    }

    private PyObject heapOverride(String dunder) {
        return HeapState.override(heap, dunder);
    }

    public PyList() {
        items = new PyObject[4];
    }

    public PyList(PyObject[] items) {
        this.items = items;
        this.size = items.length;
    }

    public PyList(PyObject[] items, int size) {
        this.items = items;
        this.size = size;
    }

    @Override
    public PyType type() {
        return heap != null ? heap.type : TYPE;
    }

    public PyObject get(int i) {
        return items[i];
    }

    public void append(PyObject o) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(8, size * 2));
        }
        items[size++] = o;
    }

    /** Whether iterating this list gives its items (false for a subclass with its own __iter__). */
    public final boolean iteratesOwnItems() {
        return heap == null || heapOverride("__iter__") == null;
    }

    public void extend(PyObject iterable) {
        if (iterable instanceof PyList l && l.iteratesOwnItems()) {
            PyObject[] src = l.items;
            int n = l.size;
            ensure(size + n);
            System.arraycopy(src, 0, items, size, n);
            size += n;
            return;
        }
        if (iterable instanceof PyTuple t && t.iteratesOwnItems()) {
            ensure(size + t.items.length);
            System.arraycopy(t.items, 0, items, size, t.items.length);
            size += t.items.length;
            return;
        }
        PyObject it = iterable.iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            append(x);
        }
    }

    public void ensure(int capacity) {
        if (capacity > items.length) {
            items = Arrays.copyOf(items, Math.max(capacity, items.length * 2));
        }
    }

    public void insert(int index, PyObject o) {
        if (index < 0) {
            index = Math.max(0, index + size);
        }
        index = Math.min(index, size);
        ensure(size + 1);
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = o;
        size++;
    }

    public PyObject remove(int index) {
        PyObject o = items[index];
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        return o;
    }

    public PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    @Override
    public boolean isTrue() {
        return size != 0;
    }

    @Override
    public int len() {
        PyObject o = heapOverride("__len__");
        if (o != null) {
            return Ops.toInt(o.call(this));
        }
        return size;
    }

    @Override
    public PyStr repr() {
        PyObject o = heapOverride("__repr__");
        if (o != null) {
            return (PyStr) o.call(this);
        }
        return ownRepr();
    }

    /** list's own repr, whatever a subclass overrides ({@code list.__repr__}). */
    public PyStr ownRepr() {
        if (size == 0) {
            return new PyStr("[]");
        }
        if (!ReprGuard.enter(this)) {
            return new PyStr("[...]");
        }
        StringBuilder sb = new StringBuilder("[");
        try {
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(items[i].repr().value);
            }
        } finally {
            ReprGuard.exit(this);
        }
        return new PyStr(sb.append(']').toString());
    }

    @Override
    public long hash() {
        throw Errors.typeError("unhashable type: '" + type().name + "'");
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o instanceof PyList l) {
            if (l.size != size) {
                return false;
            }
            for (int i = 0; i < size; i++) {
                if (items[i] != l.items[i] && !Ops.eq(items[i], l.items[i])) {
                    return false;
                }
            }
            return true;
        }
        return o instanceof PyObject p && Ops.eq(this, p);
    }

    @Override
    public int hashCode() {
        return (int) hash();
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyList l)) {
            return PyNotImplemented.INSTANCE;
        }
        return Ops.compareSequences(items, size, l.items, l.size, op);
    }

    /** Normalises an index for item access, raising IndexError with {@code what}'s message. */
    public int index(PyObject key, String what) {
        long k;
        if (key instanceof PyInt i && !i.isBig()) {
            k = i.value;
        } else {
            PyInt idx = key.asIndexOrNull();
            if (idx == null) {
                throw Errors.typeError("list indices must be integers or slices, not " + key.type().name);
            }
            if (idx.isBig()) {
                throw Errors.indexError("cannot fit 'int' into an index-sized integer");
            }
            k = idx.value;
        }
        if (k < 0) {
            k += size;
        }
        if (k < 0 || k >= size) {
            throw Errors.indexError(what);
        }
        return (int) k;
    }

    @Override
    public PyObject getItem(PyObject key) {
        PyObject o = heapOverride("__getitem__");
        if (o != null) {
            return o.call(this, key);
        }
        return rawGetItem(key);
    }

    /** list.__getitem__ itself, without a subclass's override. */
    public PyObject rawGetItem(PyObject key) {
        if (key instanceof PySlice sl) {
            int[] r = sl.indices(size);
            PyObject[] out = new PyObject[r[3]];
            for (int i = 0, j = r[0]; i < r[3]; i++, j += r[2]) {
                out[i] = items[j];
            }
            return new PyList(out);
        }
        return items[index(key, "list index out of range")];
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        if (key instanceof PySlice sl) {
            setSlice(sl, value);
            return;
        }
        items[index(key, "list assignment index out of range")] = value;
    }

    private void setSlice(PySlice sl, PyObject value) {
        PyObject[] src = value == this ? toArray() : Ops.toArray(value);
        int[] r = sl.indices(size);
        int start = r[0], step = r[2], n = r[3];
        if (step == 1) {
            int stop = Math.max(start, r[1]);
            int removed = stop - start;
            int newSize = size - removed + src.length;
            PyObject[] out = new PyObject[Math.max(newSize, 4)];
            System.arraycopy(items, 0, out, 0, start);
            System.arraycopy(src, 0, out, start, src.length);
            System.arraycopy(items, stop, out, start + src.length, size - stop);
            items = out;
            size = newSize;
            return;
        }
        if (src.length != n) {
            throw Errors.valueError("attempt to assign sequence of size " + src.length + " to extended slice of size " + n);
        }
        for (int i = 0, j = start; i < n; i++, j += step) {
            items[j] = src[i];
        }
    }

    @Override
    public void delItem(PyObject key) {
        if (key instanceof PySlice sl) {
            int[] r = sl.indices(size);
            int start = r[0], step = r[2], n = r[3];
            if (n == 0) {
                return;
            }
            boolean[] drop = new boolean[size];
            for (int i = 0, j = start; i < n; i++, j += step) {
                drop[j] = true;
            }
            int w = 0;
            for (int i = 0; i < size; i++) {
                if (!drop[i]) {
                    items[w++] = items[i];
                }
            }
            Arrays.fill(items, w, size, null);
            size = w;
            return;
        }
        remove(index(key, "list assignment index out of range"));
    }

    @Override
    public PyObject iter() {
        if (heap != null) {
            PyObject o = heapOverride("__iter__");
            if (o != null) {
                return o.call(this);
            }
        }
        return new ListIterator(this);
    }

    /** iter(list): walks the live list by index; pickles as iter(list) and its index. */
    static final class ListIterator extends IndexIterator {
        static final PyType TYPE = reducibleType("list_iterator");
        private final PyList list;

        ListIterator(PyList list) {
            super(TYPE, list);
            this.list = list;
        }

        @Override
        int length() {
            return list.size;
        }

        @Override
        PyObject item(int index) {
            return list.items[index];
        }

        @Override
        PyObject exhaustedReduce() {
            return PyTuple.of(Reduce.builtin("iter"), PyTuple.of(new PyList()));
        }
    }

    @Override
    public boolean contains(PyObject item) {
        for (int i = 0; i < size; i++) {
            PyObject x = items[i];
            if (x == item || Ops.eq(x, item)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other) {
        if (op == BinaryOp.ADD) {
            if (other instanceof PyList l) {
                PyObject[] r = new PyObject[size + l.size];
                System.arraycopy(items, 0, r, 0, size);
                System.arraycopy(l.items, 0, r, size, l.size);
                return new PyList(r);
            }
            throw Errors.typeError("can only concatenate list (not \"" + other.type().name + "\") to list");
        }
        if (op == BinaryOp.MUL && other instanceof PyInt n) {
            return new PyList(Ops.repeat(items, size, n));
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject reflectedBinaryOp(BinaryOp op, PyObject other) {
        if (op == BinaryOp.MUL && other instanceof PyInt n) {
            return new PyList(Ops.repeat(items, size, n));
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject inplaceOp(BinaryOp op, PyObject other) {
        if (op == BinaryOp.ADD) {
            extend(other);
            return this;
        }
        if (op == BinaryOp.MUL && other instanceof PyInt n) {
            PyObject[] r = Ops.repeat(items, size, n);
            items = r.length == 0 ? new PyObject[4] : r;
            size = r.length;
            return this;
        }
        return PyNotImplemented.INSTANCE;
    }
}
