package dev.eddy.runtime.codecs;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Importer;
import dev.eddy.runtime.InterpreterState;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One interpreter's codec registry: the search functions (codecs.register; the encodings
 * package registers the first, on first use) and the cache of what they found.
 */
public final class CodecRegistry {
    private final List<PyObject> searchFunctions = new CopyOnWriteArrayList<>();
    private final Map<String, PyObject> cache = new ConcurrentHashMap<>();
    /** Set once the encodings package has been imported (or its import begun). */
    private volatile boolean encodingsLoaded;

    /** The registry of the calling thread's interpreter. */
    public static CodecRegistry current() {
        return InterpreterState.current().extension(CodecRegistry.class, CodecRegistry::new);
    }

    /** Imports the encodings package, whose search function is the first one, as CPython does at start-up. */
    private void loadEncodings() {
        if (!encodingsLoaded) {
            encodingsLoaded = true;
            Importer importer = Importer.current();
            if (importer != null) { // null only for a runtime without an import system (unit tests)
                importer.importModule("encodings");
            }
        }
    }

    /** codecs.register. */
    public void register(PyObject searchFunction) {
        if (!dev.eddy.builtins.Functions.callable(searchFunction)) {
            throw Errors.typeError("argument must be callable");
        }
        loadEncodings();
        searchFunctions.add(searchFunction);
    }

    /** codecs.unregister: removes the search function and empties the cache. */
    public void unregister(PyObject searchFunction) {
        if (searchFunctions.remove(searchFunction)) {
            cache.clear();
        }
    }

    /** codecs._forget_codec. */
    public void forget(String encoding) {
        cache.remove(Names.normalize(encoding));
    }

    /** codecs.lookup: the CodecInfo the first search function that knows the name returns. */
    public PyObject lookup(String encoding) {
        String key = Names.normalize(encoding);
        PyObject found = cache.get(key);
        if (found != null) {
            return found;
        }
        loadEncodings();
        PyStr arg = new PyStr(key);
        for (PyObject f : searchFunctions) {
            PyObject r = f.call(new PyObject[] {arg}, null);
            if (r == PyNone.NONE) {
                continue;
            }
            if (!(r instanceof PyTuple t) || t.items.length != 4) {
                throw Errors.typeError("codec search functions must return 4-tuples");
            }
            cache.put(key, r);
            return r;
        }
        throw Errors.of(Exceptions.LOOKUP_ERROR, "unknown encoding: " + encoding);
    }
}
