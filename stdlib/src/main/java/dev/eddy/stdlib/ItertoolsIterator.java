package dev.eddy.stdlib;

import dev.eddy.builtins.Iters;
import dev.eddy.runtime.PyIterator;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

/** Base of the itertools iterators: its type, and CPython's default repr. */
abstract class ItertoolsIterator extends PyIterator {
    private final PyType type;

    ItertoolsIterator(PyType type) {
        this.type = type;
    }

    static PyType type(String name, PyType.Constructor ctor) {
        return Iters.type("itertools", name, ctor);
    }

    @Override
    public final PyType type() {
        return type;
    }

    @Override
    public PyStr repr() {
        return new PyStr("<itertools." + type.name + " object at 0x"
                + Long.toHexString(0x7f0000000000L + (System.identityHashCode(this) & 0xffffffL) * 16) + ">");
    }
}
