package dev.eddy.runtime;

/** A variable shared by reference: closure cells and module globals. value is null while unbound. */
public final class PyCell extends PyObject {
    public static final PyType TYPE = PyType.builtin("cell", PyType.OBJECT, null);
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
}
