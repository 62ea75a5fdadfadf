package dev.eddy.runtime;

/** Iterates over a fixed array prefix (tuple items); CPython's tuple_iterator, which pickles as iter(tuple) and an index. */
public final class ArrayIterator extends PyIterator {
    static final PyType TYPE = reducibleType("tuple_iterator");
    private final PyObject[] items;
    private final int size;
    private int index;
    private boolean done;

    public ArrayIterator(PyObject[] items, int size) {
        this.items = items;
        this.size = size;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject next() {
        if (index < size) {
            return items[index++];
        }
        done = true;
        return null;
    }

    @Override
    public PyObject reduce() {
        if (done) {
            return Reduce.exhausted();
        }
        PyObject[] tuple = size == items.length ? items : java.util.Arrays.copyOf(items, size);
        return Reduce.seqIter(new PyTuple(tuple), index);
    }

    @Override
    public void setState(PyObject state) {
        if (!done) {
            index = position(state, size);
        }
    }

    @Override
    public long lengthHint() {
        return size - index;
    }
}
