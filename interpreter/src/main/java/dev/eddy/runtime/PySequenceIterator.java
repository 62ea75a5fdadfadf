package dev.eddy.runtime;

/** iter() of an object that only has __getitem__: indexes 0, 1, ... until IndexError. */
public final class PySequenceIterator extends PyIterator {
    private final PyObject seq;
    private int index;

    public PySequenceIterator(PyObject seq) {
        this.seq = seq;
    }

    @Override
    public PyObject next() {
        if (index < 0) {
            return null;
        }
        try {
            return seq.getItem(PyInt.of(index++));
        } catch (PyException e) {
            if (e.matches(Exceptions.INDEX_ERROR) || e.matches(Exceptions.STOP_ITERATION)) {
                index = -1;
                return null;
            }
            throw e;
        }
    }
}
