package dev.eddy.stdlib;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyProperty;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

/**
 * _collections._tuplegetter(index, doc): the read-only descriptor a namedtuple class has for
 * each field, reading item {@code index} of the tuple.
 */
final class TupleGetter extends PyProperty {
    static final PyType TYPE = Mod.type("_collections", "_tuplegetter", null, (cls, a, kw) -> {
        Args.check("_tuplegetter", a, kw, 2, 2);
        return new TupleGetter(Ops.index(a[0], null).intValueExact(), a[1]);
    });

    static {
        defineDescriptorMethods(TYPE);
    }

    private final int index;

    private TupleGetter(int index, PyObject doc) {
        super(getter(index), PyNone.NONE, PyNone.NONE, doc);
        this.index = index;
        this.readOnlyMessage = "can't set attribute";
    }

    private static PyObject getter(int index) {
        return new PyBuiltinFunction("_tuplegetter", (a, kw) -> {
            if (!(a[0] instanceof PyTuple t)) {
                throw Errors.typeError("descriptor for index '" + index + "' for tuple subclasses doesn't apply to '"
                        + a[0].type().name + "' object");
            }
            if (index >= t.items.length) {
                throw Errors.indexError("tuple index out of range");
            }
            return t.items[index];
        });
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject lookupAttr(String name) {
        if (name.equals("__reduce__")) {
            return new PyBuiltinFunction("__reduce__", (a, kw) -> PyTuple.of(TYPE, PyTuple.of(PyInt.of(index), doc == null ? PyNone.NONE : doc)));
        }
        if (name.equals("__doc__")) {
            return doc == null ? PyNone.NONE : doc;
        }
        return super.lookupAttr(name);
    }
}
