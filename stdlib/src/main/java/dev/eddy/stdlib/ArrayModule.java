package dev.eddy.stdlib;

import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyStr;

/** The array module: {@link PyArray}. */
public final class ArrayModule implements ModuleProvider {
    @Override
    public String name() {
        return "array";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("array");
        m.set("__doc__", new PyStr("This module defines an object type which can efficiently represent\n"
                + "an array of basic values: characters, integers, floating point\nnumbers.  Arrays are sequence "
                + "types and behave very much like lists,\nexcept that the type of objects stored in them is "
                + "constrained.\n"));
        m.set("array", PyArray.TYPE);
        m.set("ArrayType", PyArray.TYPE);
        m.set("typecodes", new PyStr(PyArray.TYPECODES));
        Mod.def(m, "_array_reconstructor", (a, kw) -> ArrayReconstructor.reconstruct(a));
        return m;
    }
}
