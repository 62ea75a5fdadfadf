package dev.eddy.stdlib.contextvars;

import dev.eddy.runtime.IdentityIds;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

/** contextvars.Token: what ContextVar.set returns, for ContextVar.reset to undo the set. */
public final class PyToken extends PyObject {
    public static final PyType TYPE = PyType.builtin("Token", PyType.OBJECT, null);
    /** Token.MISSING: old_value of a token whose variable had no value. */
    public static final PyObject MISSING = new PyObject() {
        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyStr repr() {
            return new PyStr("<Token.MISSING>");
        }
    };

    final PyContext context;
    final PyContextVar var;
    /** The value before the set, or null if there was none. */
    final PyObject oldValue;
    boolean used;

    PyToken(PyContext context, PyContextVar var, PyObject oldValue) {
        this.context = context;
        this.var = var;
        this.oldValue = oldValue;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject lookupAttr(String name) {
        return switch (name) {
            case "var" -> var;
            case "old_value" -> oldValue == null ? MISSING : oldValue;
            default -> super.lookupAttr(name);
        };
    }

    @Override
    public PyStr repr() {
        return new PyStr("<Token" + (used ? " used" : "") + " var=" + var.repr().value + " at 0x"
                + Long.toHexString(IdentityIds.of(this)) + ">");
    }

    static {
        TYPE.module = "_contextvars";
        TYPE.dict.put("MISSING", MISSING);
    }
}
