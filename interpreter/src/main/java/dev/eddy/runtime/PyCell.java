package dev.eddy.runtime;

/** A variable shared by reference: closure cells and module globals. value is null while unbound. */
public final class PyCell extends PyObject {
    public static final PyType TYPE = PyType.builtin("cell", PyType.OBJECT, null).notAcceptableBase();
    public PyObject value;

    public PyCell(PyObject value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject lookupAttr(String name) {
        if (name.equals("cell_contents")) {
            if (value == null) {
                throw Errors.valueError("Cell is empty");
            }
            return value;
        }
        return super.lookupAttr(name);
    }

    @Override
    public void setAttr(String name, PyObject v) {
        if (name.equals("cell_contents")) {
            value = v;
            return;
        }
        super.setAttr(name, v);
    }

    @Override
    public PyStr repr() {
        return new PyStr("<cell at 0x" + Long.toHexString(0x7f0000000000L + (System.identityHashCode(this) & 0xffffffL) * 16) + ": "
                + (value == null ? "empty>" : value.type().name + " object at 0x"
                + Long.toHexString(0x7f0000000000L + (System.identityHashCode(value) & 0xffffffL) * 16) + ">"));
    }
}
