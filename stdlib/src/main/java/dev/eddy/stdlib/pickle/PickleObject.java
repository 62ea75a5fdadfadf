package dev.eddy.stdlib.pickle;

import dev.eddy.runtime.PyExtensible;
import dev.eddy.runtime.PyObject;
import java.util.HashMap;

/**
 * What Pickler and Unpickler share as Python objects: a plain instance takes attributes
 * (persistent_id, dispatch_table...) as the C types' instances do, and answers {@code memo}
 * with a live view of its memo; a user's subclass keeps its own attribute dict.
 */
abstract class PickleObject extends PyExtensible {
    /** Attributes set on a plain instance. */
    private HashMap<String, PyObject> attrs;

    /** The memo as the {@code memo} attribute shows it. */
    abstract PyObject memoProxy();

    @Override
    public PyObject lookupAttr(String name) {
        boolean plain = type() == javaType();
        if (attrs != null && plain) {
            PyObject v = attrs.get(name);
            if (v != null) {
                return v;
            }
        }
        if (name.equals("memo") && plain) {
            return memoProxy();
        }
        return super.lookupAttr(name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
        if (type() != javaType()) {
            super.setAttr(name, value);
            return;
        }
        if (attrs == null) {
            attrs = new HashMap<>();
        }
        attrs.put(name, value);
    }
}
