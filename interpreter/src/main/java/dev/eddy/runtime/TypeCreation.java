package dev.eddy.runtime;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How classes come to be: the metaclass a class statement uses, {@code type.__new__}
 * (namespace copied into the new type, {@code __slots__}, {@code __set_name__},
 * {@code __init_subclass__}) and the class-body namespace a {@code __prepare__} mapping gives.
 */
public final class TypeCreation {
    private TypeCreation() {
    }

    /** The most derived of {@code meta} and the metaclasses of {@code bases}; TypeError when they conflict. */
    public static PyType calculateMeta(PyType meta, PyObject[] bases) {
        PyType winner = meta;
        for (PyObject b : bases) {
            PyType bt = b.type();
            if (winner.isSubtypeOf(bt)) {
                continue;
            }
            if (bt.isSubtypeOf(winner)) {
                winner = bt;
                continue;
            }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
                    + "of the metaclasses of all its bases");
        }
        return winner;
    }

    /** Bases after {@code __mro_entries__} (PEP 560): the same array when no base has one. */
    public static PyObject[] resolveMroEntries(PyObject[] bases) {
        List<PyObject> out = null;
        PyTuple orig = null;
        for (int i = 0; i < bases.length; i++) {
            PyObject b = bases[i];
            PyObject me = b instanceof PyType ? null : b.lookupAttr("__mro_entries__");
            if (me == null) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(List.of(bases).subList(0, i));
                orig = new PyTuple(bases.clone());
            }
            PyObject r = me.call(orig);
            if (!(r instanceof PyTuple t)) {
                throw Errors.typeError("__mro_entries__ must return a tuple");
            }
            out.addAll(List.of(t.items));
        }
        return out == null ? bases : out.toArray(new PyObject[0]);
    }

    /** type.__new__(mcls, name, bases, namespace, **kwargs). */
    public static PyObject typeNew(PyType mcls, PyObject[] a, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw;
        if (mcls == PyType.TYPE && npos == 1 && nkw == 0) {
            return a[0].type();
        }
        if (npos != 3) {
            throw Errors.typeError(mcls == PyType.TYPE ? "type() takes 1 or 3 arguments"
                    : "type.__new__() takes exactly 3 arguments (" + npos + " given)");
        }
        if (!(a[0] instanceof PyStr name)) {
            throw Errors.typeError("type.__new__() argument 1 must be str, not " + a[0].type().name);
        }
        if (!(a[1] instanceof PyTuple basesTuple)) {
            throw Errors.typeError("type.__new__() argument 2 must be tuple, not " + a[1].type().name);
        }
        if (!(a[2] instanceof PyDict ns)) {
            throw Errors.typeError("type.__new__() argument 3 must be dict, not " + a[2].type().name);
        }
        PyType winner = calculateMeta(mcls, basesTuple.items);
        if (winner != mcls) {
            PyObject nw = winner.lookup("__new__");
            if (nw != null && !(nw instanceof PyStaticMethod sm && sm.func instanceof PyBuiltinFunction)) {
                PyObject fn = nw instanceof PyStaticMethod sm ? sm.func : nw;
                return fn.call(Args.prepend(winner, a), kw);
            }
        }
        String[] names = new String[nkw];
        PyObject[] values = new PyObject[nkw];
        for (int i = 0; i < nkw; i++) {
            names[i] = kw[i];
            values[i] = a[3 + i];
        }
        return newType(winner, name.value, basesTuple.items, ns, names, values);
    }

    /** Builds the class; {@code kwNames}/{@code kwValues} go to the base's __init_subclass__. */
    public static PyType newType(PyType meta, String name, PyObject[] baseObjs, PyDict ns, String[] kwNames, PyObject[] kwValues) {
        PyType[] bases = new PyType[Math.max(1, baseObjs.length)];
        if (baseObjs.length == 0) {
            bases[0] = PyType.OBJECT;
        }
        for (int i = 0; i < baseObjs.length; i++) {
            if (!(baseObjs[i] instanceof PyType t)) {
                throw Errors.typeError("bases must be types");
            }
            if (!t.acceptableBase || t == PyBool.TYPE || t == PyNone.TYPE || t == PySlice.TYPE || t == PyFunction.TYPE
                    || t == PyEllipsis.TYPE) {
                String cName = t.name.contains(".") || t.module == null || t.module.equals("builtins") ? t.name
                        : t.module + "." + t.name;
                throw Errors.typeError("type '" + cName + "' is not an acceptable base type");
            }
            for (int j = 0; j < i; j++) {
                if (bases[j] == t) {
                    throw Errors.typeError("duplicate base class " + t.name);
                }
            }
            bases[i] = t;
        }
        PyType t = new PyType(name, bases, null, false);
        if (meta != PyType.TYPE) {
            t.metatype = meta;
        }
        PyCell classCell = null;
        for (Map.Entry<PyObject, PyObject> e : ns.map.entrySet()) {
            if (!(e.getKey() instanceof PyStr k)) {
                continue;
            }
            PyObject v = e.getValue();
            switch (k.value) {
                case "__qualname__":
                    if (!(v instanceof PyStr qs)) {
                        throw Errors.typeError("type __qualname__ must be a str, not " + v.type().name);
                    }
                    t.qualname = qs.value;
                    break;
                case "__classcell__":
                    if (!(v instanceof PyCell c)) {
                        throw Errors.typeError("__classcell__ must be a nonlocal cell, not " + v.type().repr());
                    }
                    classCell = c;
                    break;
                default:
                    t.dict.put(k.value, v);
            }
        }
        PyObject mod = t.dict.get("__module__");
        if (mod == null) {
            Frame caller = CallSite.current();
            mod = caller == null ? null : caller.module.get("__name__");
            if (mod != null) {
                t.dict.put("__module__", mod);
            }
        }
        t.module = mod == null ? "builtins" : mod.toString();
        setUpSlots(t, bases);
        t.dict.putIfAbsent("__doc__", PyNone.NONE);
        if (t.dict.containsKey("__eq__") && !t.dict.containsKey("__hash__")) {
            t.dict.put("__hash__", PyNone.NONE);
        }
        for (String cm : new String[] {"__init_subclass__", "__class_getitem__"}) {
            if (t.dict.get(cm) instanceof PyFunction f) {
                t.dict.put(cm, new PyClassMethod(f));
            }
        }
        if (t.dict.get("__new__") instanceof PyFunction f) {
            t.dict.put("__new__", new PyStaticMethod(f));
        }
        if (classCell != null) {
            classCell.value = t;
        }
        setNames(t);
        initSubclass(t, kwNames, kwValues);
        return t;
    }

    private static void setUpSlots(PyType t, PyType[] bases) {
        boolean baseDict = false;
        boolean baseWeakrefs = false;
        int baseSlots = 0;
        for (PyType b : bases) {
            baseDict |= b.heapType ? b.instanceDict : b != PyType.OBJECT;
            baseWeakrefs |= b.heapType && b.instanceWeakrefs;
            baseSlots = Math.max(baseSlots, b.slotCount);
        }
        PyObject slots = t.dict.get("__slots__");
        t.slotCount = baseSlots;
        if (slots == null) {
            t.instanceDict = true;
            t.instanceWeakrefs = true;
            return;
        }
        List<PyObject> items = new ArrayList<>();
        if (slots instanceof PyStr) {
            items.add(slots);
        } else {
            PyObject it = slots.iter();
            for (PyObject x = it.next(); x != null; x = it.next()) {
                items.add(x);
            }
        }
        boolean addDict = false;
        boolean addWeakrefs = false;
        int index = baseSlots;
        List<String> seen = new ArrayList<>();
        for (PyObject item : items) {
            if (!(item instanceof PyStr s)) {
                throw Errors.typeError("__slots__ items must be strings, not '" + item.type().name + "'");
            }
            String n = s.value;
            if (!StrMethods.isIdentifier(n)) {
                throw Errors.typeError("__slots__ must be identifiers");
            }
            if (n.equals("__dict__")) {
                if (addDict || baseDict) {
                    throw Errors.typeError("__dict__ slot disallowed: we already got one");
                }
                addDict = true;
                continue;
            }
            if (n.equals("__weakref__")) {
                addWeakrefs = true;
                continue;
            }
            if (n.startsWith("__") && !n.endsWith("__")) {
                String cls = t.name.replaceFirst("^_+", "");
                if (!cls.isEmpty()) {
                    n = "_" + cls + n;
                }
            }
            if (seen.contains(n)) {
                continue;
            }
            seen.add(n);
            if (t.dict.containsKey(n)) {
                throw Errors.valueError("'" + n + "' in __slots__ conflicts with class variable");
            }
            t.dict.put(n, new SlotDescriptor(n, t, index++));
        }
        t.slotCount = index;
        t.instanceDict = addDict || baseDict;
        t.instanceWeakrefs = addWeakrefs || baseWeakrefs;
    }

    /** Calls __set_name__(cls, name) on every namespace value whose type has it. */
    private static void setNames(PyType t) {
        for (Map.Entry<String, PyObject> e : new ArrayList<>(t.dict.entrySet())) {
            PyObject v = e.getValue();
            if (v instanceof PyFunction || v instanceof PyStr || v instanceof PyInt) {
                continue;
            }
            if (v instanceof PyProperty p) {
                if (p.name == null) {
                    p.name = e.getKey();
                }
                continue;
            }
            PyObject hook = v.type().lookup("__set_name__");
            if (hook == null) {
                continue;
            }
            try {
                Descriptors.callBound(hook, v, v.type(), t, new PyStr(e.getKey()));
            } catch (PyException ex) {
                PyException re = Errors.runtimeError("Error calling __set_name__ on '" + v.type().name + "' instance '"
                        + e.getKey() + "' in '" + t.name + "'");
                re.value.cause = ex.value;
                throw re;
            }
        }
    }

    /** super(t, t).__init_subclass__(**kwargs). */
    private static void initSubclass(PyType t, String[] kwNames, PyObject[] kwValues) {
        for (int i = 1; i < t.mro.length; i++) {
            PyObject hook = t.mro[i].dict.get("__init_subclass__");
            if (hook != null) {
                PyObject bound = Descriptors.bindToClass(hook instanceof PyFunction ? new PyClassMethod(hook) : hook, t);
                if (bound == hook && hook instanceof PyBuiltinFunction) {
                    bound = new PyMethod(t, hook);
                }
                bound.call(kwValues, kwNames.length == 0 ? null : kwNames);
                return;
            }
        }
    }

    /**
     * The class body's view of its namespace: the mapping {@code __prepare__} returned,
     * read and written through its own item protocol unless it is a plain dict.
     */
    public static Map<String, PyObject> namespaceView(PyObject mapping) {
        return new Namespace(mapping);
    }

    /** The mapping behind a class body's namespace view, or null for another kind of map. */
    public static PyObject namespaceMapping(Map<String, PyObject> view) {
        return view instanceof Namespace n ? n.mapping : null;
    }

    private static final class Namespace extends AbstractMap<String, PyObject> {
        private final PyObject mapping;
        private final PyDict plain;

        Namespace(PyObject mapping) {
            this.mapping = mapping;
            this.plain = mapping.getClass() == PyDict.class && mapping.type() == PyDict.TYPE ? (PyDict) mapping : null;
        }

        @Override
        public PyObject get(Object key) {
            PyStr k = new PyStr((String) key);
            if (plain != null) {
                return plain.map.get(k);
            }
            try {
                return mapping.getItem(k);
            } catch (PyException e) {
                if (e.matches(Exceptions.KEY_ERROR)) {
                    return null;
                }
                throw e;
            }
        }

        @Override
        public PyObject put(String key, PyObject value) {
            if (plain != null) {
                return plain.map.put(new PyStr(key), value);
            }
            mapping.setItem(new PyStr(key), value);
            return null;
        }

        @Override
        public PyObject remove(Object key) {
            PyStr k = new PyStr((String) key);
            if (plain != null) {
                return plain.map.remove(k);
            }
            try {
                mapping.delItem(k);
                return PyNone.NONE;
            } catch (PyException e) {
                if (e.matches(Exceptions.KEY_ERROR)) {
                    return null;
                }
                throw e;
            }
        }

        @Override
        public Set<Entry<String, PyObject>> entrySet() {
            Map<String, PyObject> out = new java.util.LinkedHashMap<>();
            PyObject it = mapping.iter();
            for (PyObject k = it.next(); k != null; k = it.next()) {
                out.put(k.toString(), mapping.getItem(k));
            }
            return out.entrySet();
        }
    }
}
