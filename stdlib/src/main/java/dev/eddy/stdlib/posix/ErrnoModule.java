package dev.eddy.stdlib.posix;

import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyStr;
import dev.eddy.stdlib.io.Errno;

import java.util.Map;

/** The errno module: every Linux error name as an int, and errorcode mapping numbers to names. */
public final class ErrnoModule implements ModuleProvider {
    @Override
    public String name() {
        return "errno";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("errno");
        for (Map.Entry<String, Integer> e : Errno.NUMBERS.entrySet()) {
            m.set(e.getKey(), PyInt.of(e.getValue()));
        }
        PyDict codes = new PyDict();
        for (Map.Entry<Integer, String> e : Errno.NAMES.entrySet()) {
            codes.put(PyInt.of(e.getKey()), new PyStr(e.getValue()));
        }
        m.set("errorcode", codes);
        return m;
    }
}
