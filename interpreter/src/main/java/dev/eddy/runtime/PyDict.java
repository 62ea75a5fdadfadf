package dev.eddy.runtime;

import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Python dict: insertion ordered, keys compared with Python's __eq__/__hash__ (through
 * PyObject.equals/hashCode). Methods live in {@link DictMethods}.
 */
public class PyDict extends PyObject {
    public static final PyType TYPE = PyType.builtin("dict", PyType.OBJECT, (cls, a, kw) -> DictMethods.construct(cls, a, kw));

    /** The entries; for a module's __dict__ a live view of its globals ({@link ModuleDict}). */
    public LinkedHashMap<PyObject, PyObject> map;

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

    /** The user's override of {@code dunder}, or null when dict's own behaviour applies. */
    protected final PyObject heapOverride(String dunder) {
        return HeapState.override(heap, dunder);
    }

    /** Makes this fresh dict an instance of {@code cls}, a user's subclass of a dict type. */
    public final void adopt(PyType cls) {
        heap = new HeapState(cls);
    }

    public PyDict() {
        map = new LinkedHashMap<>();
    }

    public PyDict(int capacity) {
        map = new LinkedHashMap<>(capacity);
    }

    /** The module whose globals this dict's entries are, or null for an ordinary dict. */
    public PyModule module() {
        return map instanceof ModuleDict md ? md.module : null;
    }

    @Override
    public PyType type() {
        return heap != null ? heap.type : TYPE;
    }

    public PyObject get(PyObject key) {
        return map.get(key);
    }

    public PyObject get(String key) {
        return map.get(new PyStr(key));
    }

    public void put(PyObject key, PyObject value) {
        map.put(key, value);
    }

    public void put(String key, PyObject value) {
        map.put(new PyStr(key), value);
    }

    public int size() {
        return map.size();
    }

    @Override
    public boolean isTrue() {
        return !map.isEmpty();
    }

    @Override
    public int len() {
        return map.size();
    }

    @Override
    public PyStr repr() {
        PyObject o = heapOverride("__repr__");
        if (o != null) {
            return (PyStr) o.call(this);
        }
        return ownRepr();
    }

    /** dict's own repr, whatever a subclass overrides ({@code dict.__repr__}). */
    public PyStr ownRepr() {
        if (map.isEmpty()) {
            return new PyStr("{}");
        }
        if (!ReprGuard.enter(this)) {
            return new PyStr("{...}");
        }
        StringBuilder sb = new StringBuilder("{");
        try {
            boolean first = true;
            for (Map.Entry<PyObject, PyObject> e : map.entrySet()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(e.getKey().repr().value).append(": ").append(e.getValue().repr().value);
            }
        } finally {
            ReprGuard.exit(this);
        }
        return new PyStr(sb.append('}').toString());
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
        if (o instanceof PyDict d) {
            if (d.map.size() != map.size()) {
                return false;
            }
            for (Map.Entry<PyObject, PyObject> e : map.entrySet()) {
                PyObject v = d.map.get(e.getKey());
                if (v == null || (v != e.getValue() && !Ops.eq(e.getValue(), v))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public int hashCode() {
        return (int) hash();
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (heap != null) {
            PyObject o = heapOverride(op.dunder);
            if (o != null) {
                return o.call(this, other);
            }
        }
        if (!(other instanceof PyDict) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PyNotImplemented.INSTANCE;
        }
        boolean eq = equals(other);
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (heap != null) {
            PyObject o = heapOverride("__getitem__");
            if (o != null) {
                return o.call(this, key);
            }
        }
        return rawGetItem(key);
    }

    /** dict.__getitem__ itself, without a subclass's override. */
    public PyObject rawGetItem(PyObject key) {
        PyObject v = map.get(key);
        if (v == null) {
            return missing(key);
        }
        return v;
    }

    /** Called for a missing key: raises KeyError (defaultdict overrides). */
    protected PyObject missing(PyObject key) {
        PyObject o = heap == null ? null : heap.type.lookup("__missing__");
        if (o != null) {
            return Descriptors.callBound(o, this, heap.type, key);
        }
        throw Errors.keyError(key);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        if (heap != null) {
            PyObject o = heapOverride("__setitem__");
            if (o != null) {
                o.call(this, key, value);
                return;
            }
        }
        map.put(key, value);
    }

    /** dict.__setitem__ itself, without a subclass's override. */
    public void rawSetItem(PyObject key, PyObject value) {
        map.put(key, value);
    }

    @Override
    public void delItem(PyObject key) {
        if (map.remove(key) == null) {
            throw Errors.keyError(key);
        }
    }

    @Override
    public boolean contains(PyObject item) {
        if (heap != null) {
            PyObject o = heapOverride("__contains__");
            if (o != null) {
                return o.call(this, item).isTrue();
            }
        }
        return map.containsKey(item);
    }

    @Override
    public PyObject iter() {
        if (heap != null) {
            PyObject o = heapOverride("__iter__");
            if (o != null) {
                return o.call(this);
            }
        }
        return new DictIterator(this, DictIterator.KEYS);
    }

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other) {
        if (heap != null) {
            PyObject o = heapOverride(op.dunder);
            if (o != null) {
                return o.call(this, other);
            }
        }
        if (op == BinaryOp.OR && other instanceof PyDict d) {
            PyDict r = new PyDict();
            r.map.putAll(map);
            r.map.putAll(d.map);
            return r;
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject reflectedBinaryOp(BinaryOp op, PyObject other) {
        if (heap != null) {
            PyObject o = heapOverride(op.reflected);
            if (o != null) {
                return o.call(this, other);
            }
        }
        if (op == BinaryOp.OR && other instanceof PyDict d) {
            PyDict r = new PyDict();
            r.map.putAll(d.map);
            r.map.putAll(map);
            return r;
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject positive() {
        PyObject o = heapOverride("__pos__");
        return o != null ? o.call(this) : super.positive();
    }

    @Override
    public PyObject negative() {
        PyObject o = heapOverride("__neg__");
        return o != null ? o.call(this) : super.negative();
    }

    @Override
    public PyObject inplaceOp(BinaryOp op, PyObject other) {
        if (heap != null) {
            PyObject o = heapOverride(op.inplace);
            if (o != null) {
                return o.call(this, other);
            }
        }
        if (op == BinaryOp.OR) {
            DictMethods.update(this, other);
            return this;
        }
        return PyNotImplemented.INSTANCE;
    }

    /** Iterates keys, values or items, raising RuntimeError if the dict changes size meanwhile. */
    public static final class DictIterator extends PyIterator {
        public static final int KEYS = 0;
        public static final int VALUES = 1;
        public static final int ITEMS = 2;
        static final PyType[] TYPES = {reducibleType("dict_keyiterator"), reducibleType("dict_valueiterator"),
            reducibleType("dict_itemiterator")};
        private final PyDict dict;
        private final Iterator<Map.Entry<PyObject, PyObject>> it;
        private final int kind;
        private final int size;
        private int yielded;

        public DictIterator(PyDict dict, int kind) {
            this.dict = dict;
            this.it = dict.map.entrySet().iterator();
            this.kind = kind;
            this.size = dict.map.size();
        }

        @Override
        public PyObject next() {
            if (dict.map.size() != size) {
                throw Errors.runtimeError("dictionary changed size during iteration");
            }
            try {
                if (!it.hasNext()) {
                    return null;
                }
                Map.Entry<PyObject, PyObject> e = it.next();
                yielded++;
                switch (kind) {
                    case KEYS: return e.getKey();
                    case VALUES: return e.getValue();
                    default: return new PyTuple(new PyObject[] {e.getKey(), e.getValue()});
                }
            } catch (ConcurrentModificationException ex) {
                throw Errors.runtimeError("dictionary keys changed during iteration");
            }
        }

        @Override
        public long lengthHint() {
            return dict.map.size() == size ? size - yielded : 0;
        }

        @Override
        public PyType type() {
            return TYPES[kind];
        }

        /** (iter, (list of what remains,)): the entries not yet yielded, read without advancing this iterator. */
        @Override
        public PyObject reduce() {
            java.util.ArrayList<PyObject> rest = new java.util.ArrayList<>();
            if (dict.map.size() == size) {
                int skip = yielded;
                for (Map.Entry<PyObject, PyObject> e : dict.map.entrySet()) {
                    if (skip-- > 0) {
                        continue;
                    }
                    rest.add(kind == KEYS ? e.getKey() : kind == VALUES ? e.getValue() : PyTuple.of(e.getKey(), e.getValue()));
                }
            }
            return Reduce.remaining(rest.toArray(new PyObject[0]));
        }
    }
}
