package dev.eddy.stdlib;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyMethod;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The function functools.lru_cache / cache returns: memoises calls by their arguments, least recently used out first. */
public final class PyLruCache extends PyObject {
    public static final PyType TYPE = Mod.type("functools", "_lru_cache_wrapper", null, null);
    /** functools' CacheInfo: a named tuple, as CPython's. */
    static final PyObject CACHE_INFO = NamedTuple.factory(new PyObject[] {new dev.eddy.runtime.PyStr("CacheInfo"),
            new dev.eddy.runtime.PyStr("hits misses maxsize currsize")}, null);

    static {
        CACHE_INFO.setAttr("__module__", new dev.eddy.runtime.PyStr("functools"));
    }
    private static final PyObject KW_MARK = new PyStr("\u0000kwmark");

    static {
        TYPE.def("__call__", (a, kw) -> {
            PyObject[] rest = new PyObject[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return a[0].call(rest, kw);
        });
        TYPE.def("cache_info", (a, kw) -> {
            PyLruCache c = (PyLruCache) a[0];
            return CACHE_INFO.call(new PyObject[] {PyInt.of(c.hits), PyInt.of(c.misses),
                    c.maxsize < 0 ? PyNone.NONE : PyInt.of(c.maxsize), PyInt.of(c.cache.size())}, null);
        });
        TYPE.def("cache_clear", (a, kw) -> {
            PyLruCache c = (PyLruCache) a[0];
            c.cache.clear();
            c.hits = 0;
            c.misses = 0;
            return PyNone.NONE;
        });
        TYPE.def("cache_parameters", (a, kw) -> {
            PyLruCache c = (PyLruCache) a[0];
            PyDict d = new PyDict();
            d.put("maxsize", c.maxsize < 0 ? PyNone.NONE : PyInt.of(c.maxsize));
            d.put("typed", PyBool.of(c.typed));
            return d;
        });
        TYPE.def("__get__", (a, kw) -> {
            Args.checkMethod("__get__", a, kw, 1, 2);
            return a[1] == PyNone.NONE ? a[0] : new PyMethod(a[1], a[0]);
        });
    }

    private final PyObject func;
    /** -1 for no bound. */
    private final long maxsize;
    private final boolean typed;
    private final LinkedHashMap<PyObject, PyObject> cache;
    private long hits;
    private long misses;
    private final HashMap<String, PyObject> dict = new HashMap<>();

    public PyLruCache(PyObject func, long maxsize, boolean typed) {
        this.func = func;
        this.maxsize = maxsize;
        this.typed = typed;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<PyObject, PyObject> eldest) {
                return PyLruCache.this.maxsize >= 0 && size() > PyLruCache.this.maxsize;
            }
        };
        FunctoolsModule.updateWrapper(this, func);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject key(PyObject[] args, String[] kwnames) {
        if (kwnames == null && !typed) {
            if (args.length == 1 && (args[0] instanceof PyStr || args[0].getClass() == PyInt.class)) {
                return args[0];
            }
            return new PyTuple(args.clone());
        }
        int extra = kwnames == null ? 0 : 1 + kwnames.length;
        int n = args.length + extra + (typed ? args.length : 0);
        PyObject[] k = new PyObject[n];
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        int j = 0;
        for (int i = 0; i < npos; i++) {
            k[j++] = args[i];
        }
        if (kwnames != null) {
            k[j++] = KW_MARK;
            for (int i = 0; i < kwnames.length; i++) {
                k[j++] = new PyTuple(new PyObject[] {new PyStr(kwnames[i]), args[npos + i]});
            }
        }
        if (typed) {
            for (PyObject a : args) {
                k[j++] = a.type();
            }
        }
        return new PyTuple(java.util.Arrays.copyOf(k, j));
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (maxsize == 0) {
            misses++;
            return func.call(args, kwnames);
        }
        PyObject key = key(args, kwnames);
        PyObject r = cache.get(key);
        if (r != null) {
            hits++;
            return r;
        }
        misses++;
        r = func.call(args, kwnames);
        cache.put(key, r);
        return r;
    }

    @Override
    public PyObject lookupAttr(String name) {
        PyObject v = dict.get(name);
        if (v != null) {
            return v;
        }
        if (name.equals("__dict__")) {
            PyDict d = new PyDict();
            dict.forEach(d::put);
            return d;
        }
        return super.lookupAttr(name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
        dict.put(name, value);
    }

    @Override
    public PyStr repr() {
        return new PyStr("<functools._lru_cache_wrapper object at 0x" + Long.toHexString(0x7f0000000000L + (System.identityHashCode(this) & 0xffffffL) * 16)
                + ">");
    }
}
