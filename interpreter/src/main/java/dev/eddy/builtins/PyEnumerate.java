package dev.eddy.builtins;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyIterator;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

/** enumerate(iterable, start=0): (index, item) pairs. */
public final class PyEnumerate extends PyIterator {
    public static final PyType TYPE = Iters.type("enumerate", PyEnumerate::construct);

    private final PyObject source;
    private long index;
    private PyInt bigIndex;

    public PyEnumerate(PyObject iterable, PyInt start) {
        this.source = iterable.iter();
        if (start.isBig()) {
            bigIndex = start;
        } else {
            index = start.value;
        }
    }

    private static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
        int npos = Kw.npos(a, kw);
        PyObject[] k = Kw.only("enumerate", a, kw, "iterable", "start");
        if (npos > 2) {
            throw Errors.typeError("enumerate() takes at most 2 arguments (" + a.length + " given)");
        }
        PyObject iterable = npos > 0 ? a[0] : k[0];
        PyObject start = npos > 1 ? a[1] : k[1];
        if (iterable == null) {
            throw Errors.typeError("enumerate() missing required argument 'iterable'");
        }
        return new PyEnumerate(iterable, start == null ? PyInt.of(0) : Ops.index(start, null));
    }

    static {
        PyIterator.defReduce(TYPE);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** (enumerate, (iterator, next index)). */
    @Override
    public PyObject reduce() {
        return PyTuple.of(TYPE, PyTuple.of(source, bigIndex != null ? bigIndex : PyInt.of(index)));
    }

    @Override
    public PyObject next() {
        PyObject x = source.next();
        if (x == null) {
            return null;
        }
        PyInt i;
        if (bigIndex == null) {
            i = PyInt.of(index);
            if (index == Long.MAX_VALUE) {
                bigIndex = PyInt.add(i, PyInt.of(1));
            } else {
                index++;
            }
        } else {
            i = bigIndex;
            bigIndex = PyInt.add(i, PyInt.of(1));
        }
        return new PyTuple(new PyObject[] {i, x});
    }
}
