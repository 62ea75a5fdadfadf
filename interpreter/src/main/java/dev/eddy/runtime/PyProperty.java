package dev.eddy.runtime;

/**
 * property(fget, fset, fdel, doc), with the .setter / .deleter / .getter decorators. Java
 * descriptors that behave as read-only properties (named tuple fields) extend it.
 */
public class PyProperty extends PyObject {
    public static final PyType TYPE = PyType.builtin("property", PyType.OBJECT, (cls, a, kw) -> {
        PyObject[] p = Args.bind("property", a, kw, new String[] {"fget", "fset", "fdel", "doc"}, 0);
        return new PyProperty(p[0], p[1], p[2], p[3]);
    });

    static {
        defineDescriptorMethods(TYPE);
        TYPE.def("setter", (a, kw) -> {
            PyProperty p = (PyProperty) a[0];
            return new PyProperty(p.fget, a[1], p.fdel, p.doc);
        });
        TYPE.def("getter", (a, kw) -> {
            PyProperty p = (PyProperty) a[0];
            return new PyProperty(a[1], p.fset, p.fdel, p.doc);
        });
        TYPE.def("deleter", (a, kw) -> {
            PyProperty p = (PyProperty) a[0];
            return new PyProperty(p.fget, p.fset, a[1], p.doc);
        });
        // the descriptor protocol as Python code sees it (enum and inspect test hasattr(x, '__get__'))
        TYPE.def("__get__", (a, kw) -> {
            Args.checkMethod("__get__", a, kw, 1, 2);
            return a[1] == PyNone.NONE ? a[0] : ((PyProperty) a[0]).get(a[1]);
        });
        TYPE.def("__set__", (a, kw) -> {
            Args.checkMethod("__set__", a, kw, 2, 2);
            ((PyProperty) a[0]).set(a[1], a[2]);
            return PyNone.NONE;
        });
        TYPE.def("__delete__", (a, kw) -> {
            Args.checkMethod("__delete__", a, kw, 1, 1);
            ((PyProperty) a[0]).delete(a[1]);
            return PyNone.NONE;
        });
    }

    /** __get__, __set__ and __delete__ on {@code t}, a type whose instances are PyProperty objects. */
    public static void defineDescriptorMethods(PyType t) {
        t.def("__get__", (a, kw) -> {
            Args.checkMethod("__get__", a, kw, 1, 2);
            return a[1] == PyNone.NONE ? a[0] : ((PyProperty) a[0]).get(a[1]);
        });
        t.def("__set__", (a, kw) -> {
            Args.checkMethod("__set__", a, kw, 2, 2);
            ((PyProperty) a[0]).set(a[1], a[2]);
            return PyNone.NONE;
        });
        t.def("__delete__", (a, kw) -> {
            Args.checkMethod("__delete__", a, kw, 1, 1);
            ((PyProperty) a[0]).delete(a[1]);
            return PyNone.NONE;
        });
    }

    public final PyObject fget;
    public final PyObject fset;
    public final PyObject fdel;
    /** The docstring given (or assigned to __doc__ later); null or None means fget's. */
    public PyObject doc;
    /** The class attribute this property was assigned to (CPython's __set_name__). */
    public String name;
    /** The AttributeError text for assignment without a setter, when it is not a property's (named tuple fields). */
    public String readOnlyMessage;

    public PyProperty(PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
        this.fget = fget == PyNone.NONE ? null : fget;
        this.fset = fset == PyNone.NONE ? null : fset;
        this.fdel = fdel == PyNone.NONE ? null : fdel;
        this.doc = doc;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private String name() {
        if (name != null) {
            return name;
        }
        if (fget != null) {
            PyObject n = fget.lookupAttr("__name__");
            if (n != null) {
                return n.toString();
            }
        }
        return null;
    }

    /** "property 'x' of 'C' object", or without the name when the property has none (CPython's wording). */
    private String describe(PyObject obj) {
        String n = name();
        return (n == null ? "property" : "property '" + n + "'") + " of '" + obj.type().name + "' object";
    }

    public PyObject get(PyObject obj) {
        if (fget == null) {
            throw Errors.attributeError(describe(obj) + " has no getter");
        }
        return fget.call(obj);
    }

    public void set(PyObject obj, PyObject value) {
        if (fset == null) {
            throw Errors.attributeError(readOnlyMessage != null ? readOnlyMessage
                    : describe(obj) + " has no setter");
        }
        fset.call(obj, value);
    }

    public void delete(PyObject obj) {
        if (fdel == null) {
            throw Errors.attributeError(readOnlyMessage != null ? readOnlyMessage.replace("set", "delete")
                    : describe(obj) + " has no deleter");
        }
        fdel.call(obj);
    }

    @Override
    public void setAttr(String name, PyObject value) {
        if (name.equals("__doc__")) {
            doc = value;
            return;
        }
        super.setAttr(name, value);
    }

    @Override
    public PyObject lookupAttr(String name) {
        switch (name) {
            case "fget": return fget == null ? PyNone.NONE : fget;
            case "fset": return fset == null ? PyNone.NONE : fset;
            case "fdel": return fdel == null ? PyNone.NONE : fdel;
            case "__doc__": return doc == null || doc == PyNone.NONE ? (fget == null ? PyNone.NONE : fget.lookupAttr("__doc__")) : doc;
            case "__isabstractmethod__": return PyBool.of(isAbstract(fget) || isAbstract(fset) || isAbstract(fdel));
            default: return super.lookupAttr(name);
        }
    }

    /** Whether an accessor is marked abstract (abc's abstractmethod sets the flag). */
    private static boolean isAbstract(PyObject f) {
        if (f == null) {
            return false;
        }
        PyObject flag = f.lookupAttr("__isabstractmethod__");
        return flag != null && flag.isTrue();
    }
}
