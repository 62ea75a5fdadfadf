package dev.eddy.runtime;

/**
 * A module implemented in Java (sys, math, time, asyncio...). Implementations are found with
 * java.util.ServiceLoader (META-INF/services/dev.eddy.runtime.ModuleProvider) and created on
 * first import.
 */
public interface ModuleProvider {
    /** The import name, e.g. "math". */
    String name();

    /** Builds a fresh module object. */
    PyModule create();
}
