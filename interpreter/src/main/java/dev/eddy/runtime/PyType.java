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
    public Constructor constructor;
    /** Bumped whenever this class or a base changes, so caches keyed on a type can tell. */
    public int version;

    public PyType(String name, PyType[] bases, Constructor constructor, boolean builtin) {
        this.name = name;
        this.qualname = name;
        this.heapType = !builtin;
        this.lookupCache = builtin ? new java.util.concurrent.ConcurrentHashMap<>() : new java.util.HashMap<>();
        this.bases = bases;
        this.constructor = constructor;
        this.mro = builtin && bases.length <= 1 ? simpleMro(bases) : computeMro(name, bases);
        if (constructor == null) {
            for (PyType t : mro) {
                if (t.constructor != null) {
                    this.constructor = t.constructor;
                    break;
                }
            }
        }
    }

    /** A builtin type with a single base. */
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
        return TYPE;
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

    @Override
    public PyObject lookupAttr(String attr) {
        // the metatype's data attributes come first
        switch (attr) {
            case "__name__": return new PyStr(name);
            case "__qualname__": return new PyStr(qualname);
            case "__module__": return new PyStr(module);
            case "__mro__": return new PyTuple(mro);
            case "__bases__": return new PyTuple(bases.length == 0 ? new PyObject[0] : bases);
            case "__base__": return bases.length == 0 ? PyNone.NONE : bases[0];
            case "__class__": return TYPE;
            case "__dict__": {
                PyDict d = new PyDict();
                for (Map.Entry<String, PyObject> e : dict.entrySet()) {
                    d.put(new PyStr(e.getKey()), e.getValue());
                }
                return d;
            }
            default: break;
        }
        PyObject v = lookup(attr);
        if (v != null) {
            if (v instanceof PyStaticMethod sm) {
                return sm.func;
            }
            if (v instanceof PyClassMethod cm) {
                return new PyMethod(this, cm.func);
            }
            return v;
        }
        PyObject meta = TYPE.lookup(attr);
        if (meta != null) {
            return Descriptors.bind(meta, this, TYPE);
        }
        return null;
    }

    @Override
    public PyObject getAttr(String attr) {
        PyObject v = lookupAttr(attr);
        if (v == null) {
            throw Errors.attributeError("type object '" + name + "' has no attribute '" + attr + "'");
        }
        return v;
    }

    @Override
    public void setAttr(String attr, PyObject value) {
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
        dict.put(attr, value);
        version++;
        invalidateCaches();
    }

    @Override
    public void delAttr(String attr) {
        if (!heapType || dict.remove(attr) == null) {
            throw Errors.attributeError("type object '" + name + "' has no attribute '" + attr + "'");
        }
        version++;
        invalidateCaches();
    }

    /**
     * {@code cls[item]}: the class's {@code __class_getitem__} (a classmethod even when written
     * as a plain function), or for the builtin containers a types.GenericAlias, as list[int].
     */
    @Override
    public PyObject getItem(PyObject key) {
        PyObject cg = lookup("__class_getitem__");
        if (cg instanceof PyClassMethod cm) {
            return cm.func.call(this, key);
        }
        if (cg instanceof PyStaticMethod sm) {
            return sm.func.call(key);
        }
        if (cg != null) {
            return cg.call(this, key);
        }
        if (module.equals("builtins") && GENERIC_BUILTINS.contains(name)) {
            return Importer.current().importModule("types").getAttr("GenericAlias").call(this, key);
        }
        throw Errors.typeError("type '" + name + "' is not subscriptable");
    }

    /** The builtin classes that are generic (PEP 585). */
    private static final java.util.Set<String> GENERIC_BUILTINS =
            java.util.Set.of("list", "dict", "tuple", "set", "frozenset", "type");

    @Override
    public PyStr repr() {
        return new PyStr(module.equals("builtins") ? "<class '" + qualname + "'>" : "<class '" + module + "." + qualname + "'>");
    }
}
