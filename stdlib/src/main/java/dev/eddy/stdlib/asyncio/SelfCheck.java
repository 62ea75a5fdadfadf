package dev.eddy.stdlib.asyncio;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyObject;

/** The receiver check of builtin methods called through the class (Future.result(5)). */
final class SelfCheck {
    private SelfCheck() {
    }

    static <T> T of(PyObject o, Class<T> c, String typeName) {
        if (c.isInstance(o)) {
            return c.cast(o);
        }
        throw Errors.typeError("descriptor requires a '" + typeName + "' object but received a '" + o.type().name + "'");
    }
}
