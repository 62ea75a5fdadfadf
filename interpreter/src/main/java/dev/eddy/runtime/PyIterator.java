package dev.eddy.runtime;

/** Base of the builtin iterators: iter(it) is it, and __next__ is {@link #next()}. */
public abstract class PyIterator extends PyObject {
    public static final PyType TYPE = PyType.builtin("iterator", PyType.OBJECT, null);

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject iter() {
        return this;
    }

    @Override
    public abstract PyObject next();
}
