package dev.eddy.stdlib;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyInstance;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyProperty;
import dev.eddy.runtime.PyType;

import java.util.TreeSet;

/** The abc module: ABC refuses to instantiate classes with abstract methods left; abstractmethod marks them. */
public final class AbcModule implements ModuleProvider {
    static final PyType ABC = Mod.type("abc", "ABC", null, (cls, a, kw) -> {
        checkAbstract(cls);
        return new PyInstance(cls);
    });

    @Override
    public String name() {
        return "abc";
    }

    static boolean isAbstract(PyObject v) {
        if (v == null) {
            return false;
        }
        if (v instanceof PyProperty p) {
            return isAbstract(p.fget) || isAbstract(p.fset) || isAbstract(p.fdel);
        }
        if (v instanceof PyType) {
            return false;
        }
        PyObject flag = v.lookupAttr("__isabstractmethod__");
        return flag != null && flag.isTrue();
    }

    static void checkAbstract(PyType cls) {
        TreeSet<String> names = new TreeSet<>();
        for (PyType t : cls.mro) {
            names.addAll(t.dict.keySet());
        }
        TreeSet<String> abstracts = new TreeSet<>();
        for (String n : names) {
            if (isAbstract(cls.lookup(n))) {
                abstracts.add(n);
            }
        }
        if (!abstracts.isEmpty()) {
            throw Errors.typeError("Can't instantiate abstract class " + cls.name + " with abstract method"
                    + (abstracts.size() > 1 ? "s " : " ") + String.join(", ", abstracts));
        }
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("abc");
        m.set("ABC", ABC);
        m.set("ABCMeta", PyType.TYPE);
        Mod.def(m, "abstractmethod", (a, kw) -> {
            Args.check("abstractmethod", a, kw, 1, 1);
            a[0].setAttr("__isabstractmethod__", PyBool.TRUE);
            return a[0];
        });
        return m;
    }
}
