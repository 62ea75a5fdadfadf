package dev.eddy.stdlib.asyncio;

import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;
import dev.eddy.runtime.TypeMethods;
import java.util.List;
import java.util.function.Consumer;

/** Java callbacks for the loop in tests: each records into a list when it runs. */
final class Callbacks {
    static {
        TypeMethods.installAll();
    }

    private Callbacks() {
    }

    static void init() {
        // forces the static initializer
    }

    /** A callback named {@code name} that runs {@code body} with its arguments. */
    static PyObject of(String name, Consumer<PyObject[]> body) {
        return new Named(name, body);
    }

    /** A callback that appends {@code tag} to {@code log}. */
    static PyObject logging(List<String> log, String tag) {
        return of(tag, a -> log.add(tag));
    }

    private static final class Named extends PyObject implements Handle.LoopCallback {
        private final String name;
        private final Consumer<PyObject[]> body;

        Named(String name, Consumer<PyObject[]> body) {
            this.name = name;
            this.body = body;
        }

        @Override
        public PyType type() {
            return PyType.OBJECT;
        }

        @Override
        public void invoke(PyObject[] args) {
            body.accept(args);
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            body.accept(args);
            return dev.eddy.runtime.PyNone.NONE;
        }

        @Override
        public PyObject lookupAttr(String attr) {
            return attr.equals("__qualname__") ? new PyStr(name) : super.lookupAttr(attr);
        }
    }
}
