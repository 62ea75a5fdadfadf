package dev.eddy.stdlib;

import dev.eddy.builtins.PyTextStream;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

/** The io module: in-memory files (StringIO, BytesIO) and the standard streams' type. */
public final class IoModule implements ModuleProvider {
    static final PyType UNSUPPORTED = new PyType("UnsupportedOperation",
            new PyType[] {Exceptions.OS_ERROR, Exceptions.VALUE_ERROR}, null, false);

    static {
        UNSUPPORTED.module = "io";
    }

    @Override
    public String name() {
        return "io";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("io");
        m.set("StringIO", PyStringIO.STRING_IO);
        m.set("BytesIO", PyStringIO.BYTES_IO);
        m.set("TextIOWrapper", PyTextStream.TYPE);
        m.set("UnsupportedOperation", UNSUPPORTED);
        m.set("DEFAULT_BUFFER_SIZE", dev.eddy.runtime.PyInt.of(8192));
        m.set("SEEK_SET", dev.eddy.runtime.PyInt.of(0));
        m.set("SEEK_CUR", dev.eddy.runtime.PyInt.of(1));
        m.set("SEEK_END", dev.eddy.runtime.PyInt.of(2));
        m.set("__doc__", new PyStr("The io module provides the Python interfaces to stream handling."));
        return m;
    }
}
