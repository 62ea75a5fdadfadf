package dev.eddy.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python class, builtin or defined by a class statement. Attribute lookup walks the
 * C3 method resolution order; instances are made by the {@link Constructor} inherited from
 * the nearest builtin base (object gives {@link PyInstance}, BaseException gives
 * {@link PyBaseException}).
 */
public final class PyType extends PyObject {

    /** Makes an instance of {@code cls} from call arguments (CPython's tp_new, plus tp_init for builtins). */
    @FunctionalInterface
    public interface Constructor {
        PyObject construct(PyType cls, PyObject[] args, String[] kwnames);
    }

    public static final PyType OBJECT = new PyType("object", new PyType[0], null, true);
    public static final PyType TYPE = new PyType("type", new PyType[] {OBJECT}, null, true);

    public String name;
    public String qualname;
    public String module = "builtins";
    public PyType[] bases;
    public PyType[] mro;
    public final Map<String, PyObject> dict = new LinkedHashMap<>();
    /** True for classes made by a class statement: their instances dispatch dunders dynamically. */
    public final boolean heapType;
    /** False for a builtin type a class may not derive from (CPython's types without Py_TPFLAGS_BASETYPE). */
    public boolean acceptableBase = true;
    public Constructor constructor;
    /** Bumped whenever this class or a base changes, so caches keyed on a type can tell. */
    public int version;
    /** The class of this class (its metaclass); null stands for {@code type}. */
    public PyType metatype;
    /** Whether instances carry a {@code __dict__} (false for classes whose every layer has __slots__). */
    public boolean instanceDict = true;
    /** Whether instances accept weak references (false when __slots__ leaves out __weakref__). */
    public boolean instanceWeakrefs = true;
    /** How many __slots__ values instances of this class hold (its own and its bases'). */
    public int slotCount;

    public PyType(String name, PyType[] bases, Constructor constructor, boolean builtin) {
        this.name = name;
        this.qualname = name;
        this.heapType = !builtin;
        this.lookupCache = builtin ? new java.util.concurrent.ConcurrentHashMap<>() : new java.util.HashMap<>();
        this.bases = bases;
        this.constructor = constructor;
        this.mro = builtin && bases.length <= 1 ? simpleMro(bases) : computeMro(name, bases);
        for (PyType b : bases) {
            b.addSubclass(this);
        }
        if (constructor == null) {
            for (PyType t : mro) {
                if (t.constructor != null) {
                    this.constructor = t.constructor;
                    break;
                }
            }
        }
    }

    /** The direct subclasses, held weakly as CPython's type.__subclasses__() does, oldest first. */
    private final List<java.lang.ref.WeakReference<PyType>> subclasses = new ArrayList<>();

    private synchronized void addSubclass(PyType sub) {
        subclasses.removeIf(r -> r.get() == null);
        subclasses.add(new java.lang.ref.WeakReference<>(sub));
    }

    /** type.__subclasses__(): the direct subclasses still alive. */
    public synchronized List<PyType> subclasses() {
        List<PyType> out = new ArrayList<>();
        for (java.lang.ref.WeakReference<PyType> r : subclasses) {
            PyType t = r.get();
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** A builtin type with a single base. */
    /** Marks this builtin type as one no class may derive from; returns it. */
    public PyType notAcceptableBase() {
        acceptableBase = false;
        return this;
    }

    public static PyType builtin(String name, PyType base, Constructor constructor) {
        return new PyType(name, base == null ? new PyType[0] : new PyType[] {base}, constructor, true);
    }

    private PyType[] simpleMro(PyType[] bases) {
        List<PyType> out = new ArrayList<>();
        out.add(this);
        if (bases.length > 0) {
            for (PyType t : bases[0].mro) {
                out.add(t);
            }
        }
        return out.toArray(new PyType[0]);
    }

    /** C3 linearisation; raises TypeError with CPython's message when there is none. */
    private PyType[] computeMro(String name, PyType[] bases) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(List.of(b.mro)));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> out = new ArrayList<>();
        out.add(this);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return out.toArray(new PyType[0]);
            }
            PyType candidate = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> s2 : seqs) {
                    if (s2.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                StringBuilder sb = new StringBuilder("Cannot create a consistent method resolution\norder (MRO) for bases ");
                for (int i = 0; i < bases.length; i++) {
                    sb.append(i > 0 ? ", " : "").append(bases[i].name);
                }
                throw Errors.typeError(sb.toString());
            }
            out.add(candidate);
            for (List<PyType> s : seqs) {
                if (!s.isEmpty() && s.get(0) == candidate) {
                    s.remove(0);
                }
            }
        }
    }

    @Override
    public PyType type() {
        return metatype == null ? TYPE : metatype;
    }

    /**
     * The method {@code name} defined by a metaclass written in Python, or null when this
     * class's metaclass is {@code type} or only inherits type's own behaviour.
     */
    public PyObject metaOverride(String name) {
        PyType m = metatype;
        if (m == null || !m.heapType) {
            return null;
        }
        PyObject v = m.lookup(name);
        return v == null || v instanceof PyBuiltinFunction || v instanceof PyStaticMethod sm && sm.func instanceof PyBuiltinFunction ? null : v;
    }

    private PyObject callMeta(PyObject m, PyObject... args) {
        return Descriptors.callBound(m, this, metatype, args);
    }

    /**
     * Bumped whenever any class's namespace changes after creation; lookup caches and the
     * inline caches of attribute nodes are valid only for the epoch they were filled in.
     * Process-wide, not per interpreter: the builtin types are shared by every interpreter in
     * the JVM. Volatile, and bumped atomically, so no thread keeps using a stale cache.
     */
    public static volatile int epoch;
    private static final PyObject MISSING = new PyCell(null);
    /**
     * Concurrent for builtin types, which several interpreters' threads look up at once; a
     * plain map for classes, which belong to one interpreter and are used under its lock.
     */
    private final java.util.Map<String, PyObject> lookupCache;
    private int lookupEpoch = -1;

    /** Forgets every cached lookup (after a class namespace changed). */
    public static synchronized void invalidateCaches() {
        epoch++;
    }

    /** The attribute found first along the MRO, or null. Cached per type until the epoch changes. */
    public PyObject lookup(String attr) {
        if (lookupEpoch != epoch) {
            lookupCache.clear();
            lookupEpoch = epoch;
        }
        PyObject v = lookupCache.get(attr);
        if (v == null) {
            v = lookupUncached(attr);
            lookupCache.put(attr, v == null ? MISSING : v);
            return v;
        }
        return v == MISSING ? null : v;
    }

    private PyObject lookupUncached(String attr) {
        for (PyType t : mro) {
            PyObject v = t.dict.get(attr);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    public boolean isSubtypeOf(PyType other) {
        if (this == other || other == OBJECT) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** The builtin type whose Java representation instances of this type use. */
    public PyType solidBase() {
        for (PyType t : mro) {
            if (!t.heapType) {
                return t;
            }
        }
        return OBJECT;
    }

    // ---- defining builtin methods --------------------------------------------------------

    /** Adds a builtin method (binds to the instance like a function). */
    public PyType def(String attr, PyBuiltinFunction.Body body) {
        invalidateCaches();
        dict.put(attr, new PyBuiltinFunction(attr, body, true, this));
        return this;
    }

    public PyType defStatic(String attr, PyBuiltinFunction.Body body) {
        dict.put(attr, new PyStaticMethod(new PyBuiltinFunction(attr, body, false, null)));
        return this;
    }

    public PyType defClassMethod(String attr, PyBuiltinFunction.Body body) {
        dict.put(attr, new PyClassMethod(new PyBuiltinFunction(attr, body, false, null)));
        return this;
    }

    // ---- behaviour as an object ---------------------------------------------------------

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyObject mc = metaOverride("__call__");
        if (mc != null) {
            return Descriptors.bind(mc, this, metatype).call(args, kwnames);
        }
        return typeCall(args, kwnames);
    }

    /** type.__call__: __new__ then, when it returned an instance of this class, __init__. */
    public PyObject typeCall(PyObject[] args, String[] kwnames) {
        if (this == TYPE && args.length == 1 && kwnames == null) {
            return args[0].type();
        }
        PyObject newFn = heapType ? lookup("__new__") : null;
        PyObject obj;
        if (newFn != null && !(newFn instanceof PyStaticMethod sm && sm.func instanceof PyBuiltinFunction)) {
            PyObject fn = newFn instanceof PyStaticMethod sm ? sm.func : newFn;
            obj = fn.call(Args.prepend(this, args), kwnames);
        } else {
            if (constructor == null) {
                throw Errors.typeError("cannot create '" + name + "' instances");
            }
            if (heapType) {
                checkNotAbstract();
            }
            obj = constructor.construct(this, args, kwnames);
        }
        if (heapType && obj.type().isSubtypeOf(this)) {
            PyObject init = lookup("__init__");
            if (init != null && !(init instanceof PyBuiltinFunction)) {
                PyObject r = Descriptors.bind(init, obj, this).call(args, kwnames);
                if (r != PyNone.NONE) {
                    throw Errors.typeError("__init__() should return None, not '" + r.type().name + "'");
                }
            } else if (init instanceof PyBuiltinFunction bf && bf.owner != OBJECT) {
                bf.call(Args.prepend(obj, args), kwnames);
            } else if (args.length > 0 && (newFn == null || newFn instanceof PyStaticMethod sm && sm.func instanceof PyBuiltinFunction)
                    && solidBase() == OBJECT) {
                throw Errors.typeError(name + "() takes no arguments");
            }
        }
        return obj;
    }

    private int getattributeEpoch = -1;
    private boolean customGetattribute;

    /** True when the class (or a base written in Python) overrides __getattribute__; cached per epoch. */
    public boolean customGetattribute() {
        if (getattributeEpoch != epoch) {
            PyObject ga = lookup("__getattribute__");
            customGetattribute = ga != null && !(ga instanceof PyBuiltinFunction bf && bf.owner == OBJECT);
            getattributeEpoch = epoch;
        }
        return customGetattribute;
    }

    /**
     * True when instances read attribute {@code attr} the plain way: no data descriptor of that
     * name on the class and no __getattribute__ override (what attribute inline caches rely on).
     */
    public boolean plainInstanceGet(String attr) {
        PyObject tv = lookup(attr);
        if (tv != null && Descriptors.isDataDescriptor(tv)) {
            return false;
        }
        return !customGetattribute();
    }

    /** True when assigning instance attribute {@code attr} just stores it in the instance dict. */
    public boolean plainInstanceSet(String attr) {
        if (!instanceDict || attr.equals("__class__")) {
            return false;
        }
        PyObject tv = lookup(attr);
        if (tv != null && Descriptors.isDataDescriptor(tv)) {
            return false;
        }
        PyObject sa = lookup("__setattr__");
        return sa == null || sa instanceof PyBuiltinFunction bf && bf.owner == OBJECT;
    }

    /** object.__new__'s refusal to instantiate a class with abstract methods left. */
    /**
     * type.__flags__: CPython's Py_TPFLAGS bits that Eddy's classes have a meaning for (heap or
     * immutable, subclassable, ready, abstract, and the fast subclass bits of the builtins).
     */
    public long flags() {
        long f = (heapType ? 1L << 9 : 1L << 8) | 1L << 12;
        if (this != PyBool.TYPE && this != PyNone.NONE.type()) {
            f |= 1L << 10;
        }
        PyObject am = dict.get("__abstractmethods__");
        if (am != null && am.isTrue()) {
            f |= 1L << 20;
        }
        PyType[] fast = {PyInt.TYPE, PyList.TYPE, PyTuple.TYPE, PyBytes.TYPE, PyStr.TYPE, PyDict.TYPE, Exceptions.BASE_EXCEPTION, TYPE};
        for (int i = 0; i < fast.length; i++) {
            if (isSubtypeOf(fast[i])) {
                f |= 1L << (24 + i);
            }
        }
        return f;
    }

    public void checkNotAbstract() {
        PyObject am = dict.get("__abstractmethods__");
        if (am == null || !am.isTrue()) {
            return;
        }
        java.util.List<String> names = new ArrayList<>();
        PyObject it = am.iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            names.add(x.toString());
        }
        java.util.Collections.sort(names);
        throw Errors.typeError("Can't instantiate abstract class " + name + " with abstract method" + (names.size() == 1 ? " " : "s ")
                + String.join(", ", names));
    }

    @Override
    public PyObject lookupAttr(String attr) {
        PyObject ga = metaOverride("__getattribute__");
        if (ga != null) {
            try {
                return callMeta(ga, new PyStr(attr));
            } catch (PyException e) {
                if (!e.matches(Exceptions.ATTRIBUTE_ERROR)) {
                    throw e;
                }
                return metaGetattr(attr, e);
            }
        }
        PyObject v = typeGetAttribute(attr);
        return v != null ? v : metaGetattr(attr, null);
    }

    /** The metaclass's __getattr__ for a missing attribute, or null. */
    private PyObject metaGetattr(String attr, PyException missing) {
        PyObject ga = metaOverride("__getattr__");
        if (ga == null) {
            if (missing != null) {
                throw missing;
            }
            return null;
        }
        return callMeta(ga, new PyStr(attr));
    }

    /**
     * type.__getattribute__: data descriptors of the metaclass, then the class's own MRO
     * (descriptors bound with no instance), then other metaclass attributes; null when missing.
     */
    public PyObject typeGetAttribute(String attr) {
        switch (attr) {
            // a builtin type's name may carry its module, as C's tp_name does ("datetime.date")
            case "__name__": return new PyStr(heapType ? name : name.substring(name.lastIndexOf('.') + 1));
            case "__qualname__": return new PyStr(qualname);
            case "__module__": {
                PyObject m = dict.get("__module__");
                return m != null ? m : new PyStr(module);
            }
            case "__mro__": return new PyTuple(mro);
            case "__bases__": return new PyTuple(bases.length == 0 ? new PyObject[0] : bases);
            case "__base__": return bases.length == 0 ? PyNone.NONE : bases[0];
            case "__class__": return type();
            case "__dict__": return new MappingProxy(dict);
            case "__annotations__": {
                PyObject v = dict.get("__annotations__");
                if (v == null && heapType) {
                    v = new PyDict();
                    dict.put("__annotations__", v);
                }
                if (v != null) {
                    return v;
                }
                break;
            }
            case "__flags__": return PyInt.of(flags());
            case "__abstractmethods__": {
                PyObject v = this == TYPE ? null : dict.get("__abstractmethods__");
                if (v == null) {
                    throw Errors.attributeError("__abstractmethods__");
                }
                return v;
            }
            default: break;
        }
        PyType meta = type();
        PyObject mv = meta.lookup(attr);
        if (mv != null && Descriptors.isDataDescriptor(mv)) {
            return Descriptors.bind(mv, this, meta);
        }
        PyObject v = lookup(attr);
        if (v != null) {
            return Descriptors.bindToClass(v, this);
        }
        if (mv != null) {
            return Descriptors.bind(mv, this, meta);
        }
        return null;
    }

    @Override
    public PyObject getAttr(String attr) {
        PyObject v = lookupAttr(attr);
        if (v == null) {
            throw Errors.noAttribute(this, attr);
        }
        return v;
    }

    @Override
    public void setAttr(String attr, PyObject value) {
        PyObject sa = metaOverride("__setattr__");
        if (sa != null) {
            callMeta(sa, new PyStr(attr), value);
            return;
        }
        typeSetAttr(attr, value);
    }

    /** type.__setattr__: a data descriptor of the metaclass, else the class namespace. */
    public void typeSetAttr(String attr, PyObject value) {
        if (metatype != null && metatype.heapType) {
            PyObject mv = metatype.lookup(attr);
            if (mv != null && Descriptors.isDataDescriptor(mv)) {
                Descriptors.set(mv, this, value);
                return;
            }
        }
        if (!heapType) {
            throw Errors.typeError("cannot set '" + attr + "' attribute of immutable type '" + name + "'");
        }
        if (attr.equals("__name__")) {
            name = ((PyStr) value).value;
            return;
        }
        if (attr.equals("__qualname__")) {
            qualname = ((PyStr) value).value;
            return;
        }
        if (attr.equals("__module__")) {
            module = value.toString();
        }
        dict.put(attr, value);
        version++;
        invalidateCaches();
    }

    @Override
    public void delAttr(String attr) {
        PyObject da = metaOverride("__delattr__");
        if (da != null) {
            callMeta(da, new PyStr(attr));
            return;
        }
        typeDelAttr(attr);
    }

    /** type.__delattr__. */
    public void typeDelAttr(String attr) {
        if (metatype != null && metatype.heapType) {
            PyObject mv = metatype.lookup(attr);
            if (mv != null && Descriptors.isDataDescriptor(mv)) {
                Descriptors.delete(mv, this);
                return;
            }
        }
        if (!heapType) {
            throw Errors.typeError("cannot delete '" + attr + "' attribute of immutable type '" + name + "'");
        }
        if (dict.remove(attr) == null) {
            throw Errors.noAttribute(this, attr);
        }
        version++;
        invalidateCaches();
    }

    // ---- protocols a metaclass may define (enum's EnumType iterates, indexes, measures) ----

    @Override
    public PyObject getItem(PyObject key) {
        PyObject m = metaOverride("__getitem__");
        if (m != null) {
            return callMeta(m, key);
        }
        PyObject cg = lookup("__class_getitem__");
        if (cg != null) {
            return Descriptors.bindToClass(cg instanceof PyFunction ? new PyClassMethod(cg) : cg, this).call(key);
        }
        if (module.equals("builtins") && GENERIC_BUILTINS.contains(name)) {
            // PEP 585: list[int] and the like
            return Importer.current().importModule("types").getAttr("GenericAlias").call(this, key);
        }
        throw Errors.typeError("type '" + name + "' is not subscriptable");
    }

    /** The builtin classes that are generic (PEP 585). */
    private static final java.util.Set<String> GENERIC_BUILTINS =
            java.util.Set.of("list", "dict", "tuple", "set", "frozenset", "type");

    @Override
    public PyObject iter() {
        PyObject m = metaOverride("__iter__");
        return m != null ? callMeta(m) : super.iter();
    }

    @Override
    public int len() {
        PyObject m = metaOverride("__len__");
        return m != null ? (int) Ops.index(callMeta(m), "__len__").longValueExact() : super.len();
    }

    @Override
    public boolean contains(PyObject item) {
        PyObject m = metaOverride("__contains__");
        return m != null ? callMeta(m, item).isTrue() : super.contains(item);
    }

    @Override
    public boolean isTrue() {
        PyObject m = metaOverride("__bool__");
        if (m != null) {
            return callMeta(m).isTrue();
        }
        m = metaOverride("__len__");
        return m == null || Ops.index(callMeta(m), "__len__").signum() != 0;
    }

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other) {
        PyObject m = metaOverride(op.dunder);
        if (m != null) {
            return callMeta(m, other);
        }
        return op == BinaryOp.OR ? union(this, other) : super.binaryOp(op, other);
    }

    @Override
    public PyObject reflectedBinaryOp(BinaryOp op, PyObject other) {
        PyObject m = metaOverride(op.reflected);
        if (m != null) {
            return callMeta(m, other);
        }
        return op == BinaryOp.OR ? union(other, this) : super.reflectedBinaryOp(op, other);
    }

    /** type.__or__: {@code int | str} is a types.UnionType (PEP 604), which the types module builds. */
    public static PyObject union(PyObject left, PyObject right) {
        return Importer.current().importModule("types").getAttr("_union_or").call(left, right);
    }

    @Override
    public PyStr str() {
        PyObject m = metaOverride("__str__");
        if (m != null) {
            PyObject r = callMeta(m);
            if (r instanceof PyStr s) {
                return s;
            }
            throw Errors.typeError("__str__ returned non-string (type " + r.type().name + ")");
        }
        return repr();
    }

    @Override
    public PyStr repr() {
        PyObject m = metaOverride("__repr__");
        if (m != null) {
            PyObject r = callMeta(m);
            if (r instanceof PyStr s) {
                return s;
            }
            throw Errors.typeError("__repr__ returned non-string (type " + r.type().name + ")");
        }
        return new PyStr(module.equals("builtins") ? "<class '" + qualname + "'>" : "<class '" + module + "." + qualname + "'>");
    }
}
