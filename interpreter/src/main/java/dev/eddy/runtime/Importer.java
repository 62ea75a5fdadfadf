package dev.eddy.runtime;

/**
 * The import system as the rest of the runtime sees it ({@code __import__}, importlib): the
 * interpreter's module loader implements it and installs itself in its {@link InterpreterState}.
 */
public interface Importer {
    /** The importer of the calling thread's interpreter. */
    static Importer current() {
        return InterpreterState.current().importer;
    }

    /** Imports the absolute module {@code name} (and its parents) and returns sys.modules[name]. */
    PyObject importModule(String name);

    /** {@code __import__(name, globals, locals, fromlist, level)}. */
    PyObject dunderImport(String name, PyObject globals, PyObject fromlist, int level);

    /** An absolute module name from a relative one, as importlib.util.resolve_name does. */
    String resolveName(String name, String packageName);

    /** importlib.reload(module): runs the module's code again in the same module object. */
    PyObject reload(PyObject module);
}
