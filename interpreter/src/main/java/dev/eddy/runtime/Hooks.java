package dev.eddy.runtime;

/**
 * Where the coroutine machinery plugs in: coroutine and async generator objects are made
 * here so the async support can track them (e.g. to warn about never-awaited coroutines).
 */
public final class Hooks {
    private Hooks() {
    }

    public interface GeneratorFactory {
        PyObject create(Frame f, PyFunction fn);
    }

    public static GeneratorFactory coroutineFactory = PyCoroutine::new;
    public static GeneratorFactory asyncGeneratorFactory = PyAsyncGenerator::new;

    static PyObject newCoroutine(Frame f, PyFunction fn) {
        return coroutineFactory.create(f, fn);
    }

    static PyObject newAsyncGenerator(Frame f, PyFunction fn) {
        if (asyncGeneratorFactory == null) {
            throw Errors.notImplemented("async generators are not supported yet");
        }
        return asyncGeneratorFactory.create(f, fn);
    }
}
