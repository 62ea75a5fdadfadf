package dev.eddy.runtime;

/**
 * Where the coroutine machinery plugs in: coroutine and async generator objects are made
 * here so the async support can track them (e.g. to warn about never-awaited coroutines).
 * The factories are per interpreter ({@link InterpreterState#coroutineFactory}).
 */
public final class Hooks {
    private Hooks() {
    }

    public interface GeneratorFactory {
        PyObject create(Frame f, PyFunction fn);
    }

    static PyObject newCoroutine(Frame f, PyFunction fn) {
        return InterpreterState.current().coroutineFactory.create(f, fn);
    }

    static PyObject newAsyncGenerator(Frame f, PyFunction fn) {
        GeneratorFactory asyncGeneratorFactory = InterpreterState.current().asyncGeneratorFactory;
        if (asyncGeneratorFactory == null) {
            throw Errors.notImplemented("async generators are not supported yet");
        }
        return asyncGeneratorFactory.create(f, fn);
    }
}
