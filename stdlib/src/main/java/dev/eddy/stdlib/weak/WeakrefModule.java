package dev.eddy.stdlib.weak;

import dev.eddy.builtins.Functions;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.ModuleProvider;
import java.util.List;

/** The _weakref module that CPython's weakref.py and _weakrefset.py are built on. */
public final class WeakrefModule implements ModuleProvider {
    @Override
    public String name() {
        return "_weakref";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_weakref");
        m.set("ref", PyWeakRef.TYPE);
        m.set("ReferenceType", PyWeakRef.TYPE);
        m.set("ProxyType", PyWeakProxy.PROXY_TYPE);
        m.set("CallableProxyType", PyWeakProxy.CALLABLE_PROXY_TYPE);
        def(m, "getweakrefcount", (a, kw) -> {
            Args.check("getweakrefcount", a, kw, 1, 1);
            return PyInt.of(PyWeakRef.refsTo(a[0]).size());
        });
        def(m, "getweakrefs", (a, kw) -> {
            Args.check("getweakrefs", a, kw, 1, 1);
            PyList out = new PyList();
            for (PyWeakRef r : PyWeakRef.refsTo(a[0])) {
                out.append(r.handle);
            }
            return out;
        });
        def(m, "proxy", (a, kw) -> {
            Args.check("proxy", a, kw, 1, 2);
            PyObject callback = a.length == 2 ? a[1] : PyNone.NONE;
            PyWeakRef ref = PyWeakRef.of(PyWeakRef.TYPE, a[0], callback, false);
            return new PyWeakProxy(ref, Functions.callable(a[0]));
        });
        def(m, "_remove_dead_weakref", (a, kw) -> {
            Args.check("_remove_dead_weakref", a, kw, 2, 2);
            PyObject v;
            try {
                v = a[0].getItem(a[1]);
            } catch (PyException e) {
                if (e.matches(Exceptions.KEY_ERROR)) {
                    return PyNone.NONE;
                }
                throw e;
            }
            if (v instanceof PyWeakRef r && r.get() == null) {
                a[0].delItem(a[1]);
            }
            return PyNone.NONE;
        });
        return m;
    }

    private static void def(PyModule m, String name, PyBuiltinFunction.Body body) {
        m.set(name, new PyBuiltinFunction(name, body));
    }
}
