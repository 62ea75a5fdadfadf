package dev.eddy.runtime;

/**
 * Pieces the __reduce__ methods of builtin types share: the values pickle and copy rebuild
 * objects from, spelled as CPython's C types spell them.
 */
public final class Reduce {
    private Reduce() {
    }

    /** The builtins function {@code name} (iter, getattr), as a reduce value names it. */
    public static PyObject builtin(String name) {
        return Importer.current().importModule("builtins").getAttr(name);
    }

    /** An object's instance dict when it has a non-empty one (a subclass's attributes), else None. */
    public static PyObject dictState(PyObject obj) {
        PyObject d = obj.lookupAttr("__dict__");
        return d instanceof PyDict pd && pd.size() > 0 ? d : PyNone.NONE;
    }

    /** (iter, (seq,), index): a sequence iterator part way through. */
    public static PyObject seqIter(PyObject seq, long index) {
        return PyTuple.of(builtin("iter"), PyTuple.of(seq), PyInt.of(index));
    }

    /** (iter, (items,)): an iterator over what remains, or over () once exhausted. */
    public static PyObject remaining(PyObject[] items) {
        return PyTuple.of(builtin("iter"), PyTuple.of(new PyList(items)));
    }

    /** (iter, ((),)): what an exhausted iterator reduces to. */
    public static PyObject exhausted() {
        return PyTuple.of(builtin("iter"), PyTuple.of(new PyTuple(new PyObject[0])));
    }
}
