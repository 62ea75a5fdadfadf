package dev.eddy.stdlib;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;

/**
 * importlib.machinery: the file suffixes Eddy's import system knows (inspect's getmodulename
 * and getsourcefile ask for them). Eddy loads no extension modules, so EXTENSION_SUFFIXES is empty.
 */
public final class ImportlibMachineryModule implements ModuleProvider {
    @Override
    public String name() {
        return "importlib.machinery";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("importlib.machinery");
        m.set("__package__", new PyStr("importlib"));
        m.set("SOURCE_SUFFIXES", suffixes(".py"));
        m.set("DEBUG_BYTECODE_SUFFIXES", suffixes(".pyc"));
        m.set("OPTIMIZED_BYTECODE_SUFFIXES", suffixes(".pyc"));
        m.set("BYTECODE_SUFFIXES", suffixes(".pyc"));
        m.set("EXTENSION_SUFFIXES", suffixes());
        Mod.def(m, "all_suffixes", (a, kw) -> {
            Args.check("all_suffixes", a, kw, 0, 0);
            return suffixes(".py", ".pyc");
        });
        return m;
    }

    private static PyList suffixes(String... s) {
        PyObject[] out = new PyObject[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = new PyStr(s[i]);
        }
        return new PyList(out);
    }
}
