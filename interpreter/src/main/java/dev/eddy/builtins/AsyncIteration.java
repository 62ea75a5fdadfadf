package dev.eddy.builtins;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.SourceModules;

/** The builtins aiter() and anext(); anext's default is awaited by a small Python helper. */
public final class AsyncIteration {
    private AsyncIteration() {
    }

    public static void install(PyModule builtins) {
        // the helper coroutine for anext(it, default), made on first use for this builtins module
        PyObject[] anextDefault = new PyObject[1];
        builtins.set("aiter", new PyBuiltinFunction("aiter", (a, kw) -> {
            Args.check("aiter", a, kw, 1, 1);
            PyObject m = a[0].type().lookup("__aiter__");
            if (m == null) {
                throw Errors.typeError("'" + a[0].type().name + "' object is not an async iterable");
            }
            return Ops.callMethod(a[0], "__aiter__");
        }));
        builtins.set("anext", new PyBuiltinFunction("anext", (a, kw) -> {
            Args.check("anext", a, kw, 1, 2);
            PyObject m = a[0].type().lookup("__anext__");
            if (m == null) {
                throw Errors.typeError("'" + a[0].type().name + "' object is not an async iterator");
            }
            PyObject awaitable = Ops.callMethod(a[0], "__anext__");
            if (a.length == 1) {
                return awaitable;
            }
            if (anextDefault[0] == null) {
                PyModule helper = new PyModule("_eddy_anext");
                SourceModules.execResource(AsyncIteration.class, "anext_default.py", helper);
                anextDefault[0] = helper.get("anext_default");
            }
            return anextDefault[0].call(new PyObject[] {awaitable, a[1]}, null);
        }));
    }
}
