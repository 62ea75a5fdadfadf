package dev.eddy.runtime;

import java.util.HashMap;

/** A function defined by def or lambda: code plus defaults, closure and globals. */
public final class PyFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("function", PyType.OBJECT, null);

    public final Code code;
    public final PyModule module;
    public PyObject[] defaults;
    /** Keyword-only defaults by parameter name, or null. */
    public HashMap<String, PyObject> kwDefaults;
    public final PyCell[] closure;
    public String name;
    public String qualname;
    public HashMap<String, PyObject> dict;
    public PyObject doc = PyNone.NONE;

    public PyFunction(Code code, PyModule module, PyObject[] defaults, HashMap<String, PyObject> kwDefaults, PyCell[] closure) {
        this.code = code;
        this.module = module;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
        this.name = code.name;
        this.qualname = code.qualname;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        Code c = code;
        PyObject[] slots = new PyObject[c.slotCount];
        if (kwnames == null && c.positionalParams && acceptsSlots(args.length)) {
            // positional arguments only, the rest from defaults: the common call
            System.arraycopy(args, 0, slots, 0, args.length);
            return callSlots(slots, args.length);
        }
        if (kwnames == null && c.varargs && !c.varkw && c.kwonlyCount == 0 && args.length >= c.argCount) {
            // f(a, b, *rest) called with positional arguments only
            System.arraycopy(args, 0, slots, 0, c.argCount);
            slots[c.argCount] = args.length == c.argCount ? PyTuple.EMPTY
                    : new PyTuple(java.util.Arrays.copyOfRange(args, c.argCount, args.length));
        } else {
            ArgBinder.bind(this, slots, args, kwnames);
        }
        return start(slots);
    }

    /**
     * Whether a call with {@code nargs} positional arguments and no keywords can put them
     * straight into a new frame's slots (see {@link #callSlots}): only positional parameters,
     * and defaults for the ones not given.
     */
    public boolean acceptsSlots(int nargs) {
        Code c = code;
        int missing = c.argCount - nargs;
        return c.positionalParams && missing >= 0 && (missing == 0 || defaults != null && missing <= defaults.length);
    }

    /**
     * Calls a function that {@link #acceptsSlots accepts} {@code nargs} positional arguments,
     * already in the first slots of {@code slots} (a fresh array of {@link Code#slotCount}).
     */
    public PyObject callSlots(PyObject[] slots, int nargs) {
        Code c = code;
        if (nargs < c.argCount) {
            PyObject[] d = defaults;
            int firstDefault = c.argCount - d.length;
            System.arraycopy(d, nargs - firstDefault, slots, nargs, c.argCount - nargs);
        }
        if (c.simpleCall) {
            return invoke(new Frame(c, module, slots, null));
        }
        return start(slots);
    }

    /**
     * Slot numbers of keyword arguments {@code kwnames} after {@code npos} positional ones,
     * when each names a distinct parameter not given positionally; null when the general
     * binder must decide (an unknown or positional-only name, **kwargs, *args).
     */
    public int[] keywordSlots(int npos, String[] kwnames) {
        Code c = code;
        if (c.varargs || c.varkw || npos > c.argCount) {
            return null;
        }
        int[] out = new int[kwnames.length];
        for (int k = 0; k < kwnames.length; k++) {
            int idx = -1;
            for (int p = Math.max(c.posonlyCount, npos); p < c.argCount + c.kwonlyCount; p++) {
                if (c.paramNames[p].equals(kwnames[k])) {
                    idx = p;
                    break;
                }
            }
            if (idx < 0) {
                return null;
            }
            out[k] = idx;
        }
        return out;
    }

    /**
     * Completes a call whose arguments a call site put into {@code slots} itself (positional
     * ones and keywords at their {@link #keywordSlots}): fills defaults and runs. Returns null,
     * having done nothing, when a parameter has no value: the general binder then reports it.
     */
    public PyObject callFilledSlots(PyObject[] slots) {
        Code c = code;
        PyObject[] d = defaults;
        int firstDefault = c.argCount - (d == null ? 0 : d.length);
        for (int p = 0; p < c.argCount; p++) {
            if (slots[p] == null) {
                if (p < firstDefault) {
                    return null;
                }
                slots[p] = d[p - firstDefault];
            }
        }
        for (int p = c.argCount; p < c.argCount + c.kwonlyCount; p++) {
            if (slots[p] == null) {
                PyObject v = kwDefaults == null ? null : kwDefaults.get(c.paramNames[p]);
                if (v == null) {
                    return null;
                }
                slots[p] = v;
            }
        }
        return start(slots);
    }

    /** Makes the frame of a call whose parameters are bound (cells, closure) and runs it, or makes its generator. */
    private PyObject start(PyObject[] slots) {
        Code c = code;
        for (int s : c.cellSlots) {
            slots[s] = new PyCell(slots[s]);
        }
        int[] free = c.freeSlots;
        for (int i = 0; i < free.length; i++) {
            slots[free[i]] = closure[i];
        }
        Frame f = new Frame(c, module, slots, null);
        if (c.kind != Code.Kind.FUNCTION) {
            return PyGenerator.create(f, this);
        }
        return invoke(f);
    }

    /** Runs a plain function's frame to completion. */
    public PyObject invoke(Frame f) {
        ThreadState ts = ThreadState.current();
        if (++ts.depth > ts.recursionLimit) {
            ts.depth--;
            throw Errors.of(Exceptions.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        if (ts.interp.pending) {
            ts.interp.handlePending();
        }
        Frame caller = ts.frame;
        f.back = caller;
        ts.frame = f;
        try {
            int c = code.body.exec(f);
            return c == dev.eddy.nodes.StmtNode.RETURN ? f.retval : PyNone.NONE;
        } catch (PyException e) {
            e.value.addTraceback(f);
            throw e;
        } catch (OutOfMemoryError oom) {
            PyException e = Errors.outOfMemory(oom);
            e.value.addTraceback(f);
            throw e;
        } finally {
            ts.frame = caller;
            ts.depth--;
        }
    }

    @Override
    public PyObject lookupAttr(String attr) {
        switch (attr) {
            case "__name__": return new PyStr(name);
            case "__qualname__": return new PyStr(qualname);
            case "__doc__": return doc;
            case "__module__": {
                PyObject m = dict == null ? null : dict.get("__module__");
                if (m == null) {
                    m = module.get("__name__");
                }
                return m == null ? PyNone.NONE : m;
            }
            case "__globals__": return module.dict();
            case "__annotations__": {
                if (dict == null) {
                    dict = new HashMap<>();
                }
                return dict.computeIfAbsent("__annotations__", k -> new PyDict());
            }
            case "__builtins__": {
                PyObject b = module.get("__builtins__");
                return b instanceof PyModule bm ? bm.dict() : b == null ? new PyDict() : b;
            }
            case "__closure__": return closure == null || closure.length == 0 ? PyNone.NONE : new PyTuple(new PyCode(code).closureInFreevarsOrder(closure));
            case "__dict__": {
                PyDict d = new PyDict();
                if (dict != null) {
                    dict.forEach((k, v) -> d.put(new PyStr(k), v));
                }
                return d;
            }
            case "__defaults__": return defaults == null || defaults.length == 0 ? PyNone.NONE : new PyTuple(defaults);
            case "__kwdefaults__": {
                if (kwDefaults == null || kwDefaults.isEmpty()) {
                    return PyNone.NONE;
                }
                PyDict d = new PyDict();
                kwDefaults.forEach((k, v) -> d.put(new PyStr(k), v));
                return d;
            }
            case "__code__": return new PyCode(code);
            case "__get__": return new PyBuiltinFunction("__get__", (a, kw) -> {
                Args.check("__get__", a, kw, 1, 2);
                return a[0] == PyNone.NONE ? this : new PyMethod(a[0], this);
            });
            default: break;
        }
        if (dict != null) {
            PyObject v = dict.get(attr);
            if (v != null) {
                return v;
            }
        }
        return super.lookupAttr(attr);
    }

    @Override
    public void setAttr(String attr, PyObject value) {
        switch (attr) {
            case "__name__": name = value.toString(); return;
            case "__qualname__": qualname = value.toString(); return;
            case "__doc__": doc = value; return;
            case "__defaults__":
                if (value != PyNone.NONE && !(value instanceof PyTuple)) {
                    throw Errors.typeError("__defaults__ must be set to a tuple object");
                }
                defaults = value == PyNone.NONE ? new PyObject[0] : ((PyTuple) value).items;
                return;
            case "__kwdefaults__":
                if (value == PyNone.NONE) {
                    kwDefaults = null;
                    return;
                }
                if (!(value instanceof PyDict d)) {
                    throw Errors.typeError("__kwdefaults__ must be set to a dict object");
                }
                kwDefaults = new HashMap<>();
                d.map.forEach((k, v) -> kwDefaults.put(k.toString(), v));
                return;
            default: break;
        }
        if (dict == null) {
            dict = new java.util.LinkedHashMap<>();
        }
        dict.put(attr, value);
    }

    @Override
    public PyStr repr() {
        return new PyStr("<function " + qualname + " at 0x" + Long.toHexString(0x7f0000000000L + (System.identityHashCode(this) & 0xffffffL) * 16) + ">");
    }
}
