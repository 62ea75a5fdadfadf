package dev.eddy.stdlib;

import dev.eddy.runtime.CompareOp;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNotImplemented;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyType;

/** The key objects functools.cmp_to_key makes: compared through the old-style cmp function. */
public final class PyKeyWrapper extends PyObject {
    public static final PyType TYPE = Mod.type("functools", "KeyWrapper", null, null);

    private final PyObject cmp;
    public final PyObject obj;

    public PyKeyWrapper(PyObject cmp, PyObject obj) {
        this.cmp = cmp;
        this.obj = obj;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyKeyWrapper k)) {
            throw Errors.typeError("other argument must be K instance");
        }
        PyObject r = cmp.call(obj, k.obj);
        if (r instanceof PyInt i) {
            return PyBool.of(op.test(i.signum()));
        }
        PyObject c = Ops.compare(r, PyInt.of(0), op);
        return c == PyNotImplemented.INSTANCE ? c : PyBool.of(c.isTrue());
    }

    @Override
    public long hash() {
        throw Errors.typeError("unhashable type: 'functools.KeyWrapper'");
    }

    @Override
    public PyObject lookupAttr(String name) {
        return name.equals("obj") ? obj : super.lookupAttr(name);
    }
}
