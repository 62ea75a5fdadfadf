package dev.eddy.runtime;

/** Iterates over a fixed array prefix (tuple items). */
public final class ArrayIterator extends PyIterator {
    private final PyObject[] items;
    private final int size;
    private int index;

    public ArrayIterator(PyObject[] items, int size) {
        this.items = items;
        this.size = size;
    }

    @Override
    public PyObject next() {
        return index < size ? items[index++] : null;
    }

    @Override
    public long lengthHint() {
        return size - index;
    }
}
