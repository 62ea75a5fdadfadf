package dev.eddy.runtime;

/**
 * iter() of a mutable or immutable sequence held in Java (list, bytes, bytearray): walks the
 * live sequence by index, and pickles as {@code iter(seq)} and that index, as CPython's
 * sequence iterators do. Once exhausted it stays so, whatever the sequence does next.
 */
abstract class IndexIterator extends PyIterator {
    private final PyType type;
    private final PyObject seq;
    private int i;
    private boolean done;

    IndexIterator(PyType type, PyObject seq) {
        this.type = type;
        this.seq = seq;
    }

    /** The sequence's current length. */
    abstract int length();

    /** Its item at {@code index}, which is below {@link #length()}. */
    abstract PyObject item(int index);

    /** What an exhausted iterator reduces to. */
    PyObject exhaustedReduce() {
        return Reduce.exhausted();
    }

    @Override
    public final PyType type() {
        return type;
    }

    @Override
    public final PyObject next() {
        if (!done && i < length()) {
            return item(i++);
        }
        done = true;
        return null;
    }

    @Override
    public final long lengthHint() {
        return done ? 0 : Math.max(0, length() - i);
    }

    @Override
    public final PyObject reduce() {
        return done ? exhaustedReduce() : Reduce.seqIter(seq, i);
    }

    @Override
    public final void setState(PyObject state) {
        if (!done) {
            i = position(state, length());
        }
    }
}
