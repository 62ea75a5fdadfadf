package dev.eddy.stdlib.datetime;

import dev.eddy.runtime.BinaryOp;
import dev.eddy.runtime.CompareOp;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyExtensible;
import dev.eddy.runtime.PyNotImplemented;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

/**
 * The Java base of the module's value types: operators, comparison, hashing and repr in Java,
 * each giving way to the dunder a Python subclass defines.
 */
abstract class DatetimeObject extends PyExtensible {

    /** The operator as this type implements it; NotImplemented when it does not apply. */
    PyObject arith(BinaryOp op, PyObject other) {
        return PyNotImplemented.INSTANCE;
    }

    /** other op this, tried when other's type gave up. */
    PyObject reflectedArith(BinaryOp op, PyObject other) {
        return PyNotImplemented.INSTANCE;
    }

    /** The rich comparison as this type implements it. */
    abstract PyObject compare(PyObject other, CompareOp op);

    /** The comparison that the type's __eq__, __lt__... run when called directly. */
    PyObject slotCompare(PyObject other, CompareOp op) {
        return compare(other, op);
    }

    abstract long hashValue();

    abstract String reprValue();

    /** str(): the type's own (C calls self.isoformat(), so a subclass's isoformat shows). */
    abstract PyStr strValue();

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other) {
        PyObject o = heapOverride(op.dunder);
        return o != null ? o.call(this, other) : arith(op, other);
    }

    @Override
    public PyObject reflectedBinaryOp(BinaryOp op, PyObject other) {
        PyObject o = heapOverride(op.reflected);
        return o != null ? o.call(this, other) : reflectedArith(op, other);
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        PyObject o = heapOverride(op.dunder);
        return o != null ? o.call(this, other) : compare(other, op);
    }

    @Override
    public long hash() {
        PyObject o = heapOverride("__hash__");
        return o != null ? Ops.index(o.call(this), null).longValueExact() : hashValue();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof PyObject p && Ops.eq(this, p);
    }

    @Override
    public int hashCode() {
        long h = hash();
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public PyStr repr() {
        PyObject o = heapOverride("__repr__");
        return o != null ? (PyStr) o.call(this) : new PyStr(reprValue());
    }

    @Override
    public PyStr str() {
        PyObject o = heapOverride("__str__");
        return o != null ? (PyStr) o.call(this) : strValue();
    }

    /** The name repr shows: C's tp_name, the class name for a Python subclass. */
    String typeName() {
        return type().name;
    }

    /** Adds the comparison dunders, the operator dunders and __hash__/__repr__/__str__ to a type's namespace. */
    static void defineProtocol(PyType t, BinaryOp... ops) {
        for (CompareOp op : CompareOp.values()) {
            t.def(op.dunder, (a, kw) -> DtArgs.self(a, DatetimeObject.class, t, op.dunder).slotCompare(a[1], op));
        }
        for (BinaryOp op : ops) {
            t.def(op.dunder, (a, kw) -> DtArgs.self(a, DatetimeObject.class, t, op.dunder).arith(op, a[1]));
            t.def(op.reflected, (a, kw) -> DtArgs.self(a, DatetimeObject.class, t, op.reflected).reflectedArith(op, a[1]));
        }
        t.def("__hash__", (a, kw) -> DtArgs.num(DtArgs.self(a, DatetimeObject.class, t, "__hash__").hashValue()));
        t.def("__repr__", (a, kw) -> new PyStr(DtArgs.self(a, DatetimeObject.class, t, "__repr__").reprValue()));
        t.def("__str__", (a, kw) -> DtArgs.self(a, DatetimeObject.class, t, "__str__").strValue());
    }
}
