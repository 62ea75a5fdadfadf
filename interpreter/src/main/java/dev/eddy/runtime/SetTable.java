package dev.eddy.runtime;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The hash table behind set and frozenset, laid out as CPython's setobject.c lays it out
 * (open addressing, 9 linear probes then perturbed jumps, the same growth and dummies), so
 * that sets iterate — and print — in the same order as under CPython.
 */
public final class SetTable extends AbstractSet<PyObject> {
    private static final int MINSIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** Marks a deleted slot (CPython's dummy, whose hash is -1). */
    private static final PyObject DUMMY = new PyCell(null);

    private PyObject[] keys = new PyObject[MINSIZE];
    private long[] hashes = new long[MINSIZE];
    private int mask = MINSIZE - 1;
    /** Active plus dummy slots. */
    private int fill;
    /** Active slots. */
    private int used;
    /** Where pop() looks first. */
    private int finger;
    /** Changes on every insertion or removal, for iterators. */
    private int modCount;

    @Override
    public int size() {
        return used;
    }

    @Override
    public boolean add(PyObject key) {
        return addEntry(key, key.hash());
    }

    private boolean addEntry(PyObject key, long hash) {
        while (true) {
            int m = mask;
            PyObject[] ks = keys;
            long perturb = hash;
            int i = (int) (hash & m);
            int freeslot = -1;
            boolean restart = false;
            search:
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = ks[j];
                    if (k == null) {
                        if (freeslot >= 0) {
                            ks[freeslot] = key;
                            hashes[freeslot] = hash;
                            used++;
                            modCount++;
                            return true;
                        }
                        ks[j] = key;
                        hashes[j] = hash;
                        fill++;
                        used++;
                        modCount++;
                        if ((long) fill * 5 >= (long) m * 3) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                        return true;
                    }
                    if (k == DUMMY) {
                        if (freeslot < 0) {
                            freeslot = j;
                        }
                    } else if (hashes[j] == hash) {
                        if (k == key || Ops.eq(k, key)) {
                            return false;
                        }
                        if (ks != keys || ks[j] != k) {
                            restart = true;
                            break search;
                        }
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
            if (!restart) {
                return false;
            }
        }
    }

    /** The slot holding an item equal to {@code key}, or -1. */
    private int lookup(PyObject key, long hash) {
        int m = mask;
        PyObject[] ks = keys;
        long perturb = hash;
        int i = (int) (hash & m);
        while (true) {
            int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
            int j = i;
            do {
                PyObject k = ks[j];
                if (k == null) {
                    return -1;
                }
                if (k != DUMMY && hashes[j] == hash && (k == key || Ops.eq(k, key))) {
                    return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    private void resize(int minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new PyObject[newsize];
        hashes = new long[newsize];
        mask = newsize - 1;
        fill = used;
        for (int j = 0; j < oldKeys.length; j++) {
            PyObject k = oldKeys[j];
            if (k != null && k != DUMMY) {
                insertClean(k, oldHashes[j]);
            }
        }
    }

    /** Inserts a key known to be absent into a table without dummies. */
    private void insertClean(PyObject key, long hash) {
        int m = mask;
        long perturb = hash;
        int i = (int) (hash & m);
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    @Override
    public boolean contains(Object o) {
        PyObject key = (PyObject) o;
        return lookup(key, key.hash()) >= 0;
    }

    @Override
    public boolean remove(Object o) {
        PyObject key = (PyObject) o;
        int j = lookup(key, key.hash());
        if (j < 0) {
            return false;
        }
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        modCount++;
        return true;
    }

    /** set.pop(): the first item from the finger on, as CPython picks it; null when empty. */
    public PyObject pop() {
        if (used == 0) {
            return null;
        }
        int j = finger & mask;
        while (keys[j] == null || keys[j] == DUMMY) {
            j = (j + 1) & mask;
        }
        PyObject k = keys[j];
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        modCount++;
        finger = j + 1;
        return k;
    }

    @Override
    public void clear() {
        keys = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = 0;
        used = 0;
        modCount++;
    }

    @Override
    public boolean addAll(Collection<? extends PyObject> c) {
        if (!(c instanceof SetTable other)) {
            return super.addAll(c);
        }
        return merge(other);
    }

    /** CPython's set_merge: grow once, copy the table as it is when this set is empty. */
    private boolean merge(SetTable other) {
        if (other == this || other.used == 0) {
            return false;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            System.arraycopy(other.keys, 0, keys, 0, keys.length);
            System.arraycopy(other.hashes, 0, hashes, 0, hashes.length);
            fill = other.fill;
            used = other.used;
            modCount++;
            return true;
        }
        if (fill == 0) {
            for (int j = 0; j < other.keys.length; j++) {
                PyObject k = other.keys[j];
                if (k != null && k != DUMMY) {
                    insertClean(k, other.hashes[j]);
                    fill++;
                    used++;
                }
            }
            modCount++;
            return true;
        }
        boolean changed = false;
        for (int j = 0; j < other.keys.length; j++) {
            PyObject k = other.keys[j];
            if (k != null && k != DUMMY) {
                changed |= addEntry(k, other.hashes[j]);
            }
        }
        return changed;
    }

    @Override
    public Iterator<PyObject> iterator() {
        return new Iterator<>() {
            private int next = advance(0);
            private int last = -1;
            private int expected = modCount;

            private int advance(int from) {
                int j = from;
                while (j < keys.length && (keys[j] == null || keys[j] == DUMMY)) {
                    j++;
                }
                return j;
            }

            @Override
            public boolean hasNext() {
                return next < keys.length;
            }

            @Override
            public PyObject next() {
                if (modCount != expected) {
                    throw new ConcurrentModificationException();
                }
                if (next >= keys.length) {
                    throw new NoSuchElementException();
                }
                last = next;
                PyObject k = keys[next];
                next = advance(next + 1);
                return k;
            }

            @Override
            public void remove() {
                if (last < 0 || keys[last] == DUMMY) {
                    throw new IllegalStateException();
                }
                keys[last] = DUMMY;
                hashes[last] = -1;
                used--;
                modCount++;
                expected = modCount;
            }
        };
    }
}
