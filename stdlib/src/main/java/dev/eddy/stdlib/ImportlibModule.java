package dev.eddy.stdlib;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Importer;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;

/**
 * The importlib package's front: import_module, reload and invalidate_caches over the
 * interpreter's import system. (CPython's importlib is Python over its frozen bootstrap, which
 * Eddy's import system replaces.)
 */
public final class ImportlibModule implements ModuleProvider {
    @Override
    public String name() {
        return "importlib";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("importlib");
        m.set("__path__", new PyList());   // a package: importlib.util is found among the Java modules
        m.set("__package__", new PyStr("importlib"));
        Mod.def(m, "import_module", (a, kw) -> {
            PyObject[] p = Args.bind("import_module", a, kw, new String[] {"name", "package"}, 1);
            String name = Mod.str(p[0], "name");
            String pkg = p[1] == null || p[1] == PyNone.NONE ? null : Mod.str(p[1], "package");
            Importer importer = Importer.current();
            if (name.startsWith(".")) {
                if (pkg == null) {
                    throw Errors.typeError("the 'package' argument is required to perform a relative import for '" + name + "'");
                }
            }
            return importer.importModule(importer.resolveName(name, pkg));
        });
        Mod.def(m, "reload", (a, kw) -> {
            Args.check("reload", a, kw, 1, 1);
            return Importer.current().reload(a[0]);
        });
        Mod.def(m, "invalidate_caches", (a, kw) -> PyNone.NONE);
        return m;
    }
}
