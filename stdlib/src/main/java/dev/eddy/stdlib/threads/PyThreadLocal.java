package dev.eddy.stdlib.threads;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;
import dev.eddy.runtime.ThreadState;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * _thread._local (threading.local): an object whose attributes each thread sees separately.
 * Each thread's attributes live in a dict kept while the thread's state is alive.
 */
public final class PyThreadLocal extends PyObject {
    public static final PyType TYPE = PyType.builtin("_local", PyType.OBJECT, (cls, a, kw) -> {
        if (a.length > 0) {
            throw Errors.typeError("Initialization arguments are not supported");
        }
        return new PyThreadLocal();
    });

    private final Map<ThreadState, PyDict> perThread = new WeakHashMap<>();

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyDict dict() {
        ThreadState ts = ThreadState.current();
        synchronized (perThread) {
            return perThread.computeIfAbsent(ts, k -> new PyDict());
        }
    }

    @Override
    public PyObject lookupAttr(String name) {
        if (name.equals("__dict__")) {
            return dict();
        }
        PyObject v = dict().get(new PyStr(name));
        return v != null ? v : super.lookupAttr(name);
    }

    @Override
    public PyObject getAttr(String name) {
        PyObject v = lookupAttr(name);
        if (v == null) {
            throw Errors.attributeError("'_thread._local' object has no attribute '" + name + "'");
        }
        return v;
    }

    @Override
    public void setAttr(String name, PyObject value) {
        if (name.equals("__dict__")) {
            throw Errors.attributeError("'_thread._local' object attribute '__dict__' is read-only");
        }
        dict().put(new PyStr(name), value);
    }

    @Override
    public void delAttr(String name) {
        if (dict().map.remove(new PyStr(name)) == null) {
            throw Errors.attributeError("'_thread._local' object has no attribute '" + name + "'");
        }
    }

    static {
        TYPE.module = "_thread";
    }
}
