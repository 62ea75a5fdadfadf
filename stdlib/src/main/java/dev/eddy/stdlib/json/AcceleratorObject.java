package dev.eddy.stdlib.json;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyObject;

/**
 * What _json's Scanner and Encoder share as Python objects: read-only members (their
 * constructor's arguments) and no others, with the C type's attribute messages.
 */
abstract class AcceleratorObject extends PyObject {
    /** The member {@code name}, or null when there is none. */
    abstract PyObject member(String name);

    /** The C type's name in messages ("_json.Scanner"). */
    abstract String typeName();

    @Override
    public PyObject lookupAttr(String name) {
        PyObject m = member(name);
        return m != null ? m : super.lookupAttr(name);
    }

    @Override
    public PyObject getAttr(String name) {
        PyObject v = lookupAttr(name);
        if (v == null) {
            throw JsonModule.noAttribute(this, typeName(), name);
        }
        return v;
    }

    /** Its members are read-only, and it has no others. */
    @Override
    public void setAttr(String name, PyObject value) {
        if (member(name) != null) {
            throw Errors.attributeError("readonly attribute");
        }
        throw JsonModule.noAttribute(this, typeName(), name);
    }

    @Override
    public void delAttr(String name) {
        setAttr(name, null);
    }
}
