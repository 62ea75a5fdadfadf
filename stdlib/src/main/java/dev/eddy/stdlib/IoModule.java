package dev.eddy.stdlib;

import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

/** The io module: _io's streams and open() under their public names. */
public final class IoModule implements ModuleProvider {
    static final PyType UNSUPPORTED = dev.eddy.builtins.IoBase.UNSUPPORTED;

    @Override
    public String name() {
        return "io";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("io");
        dev.eddy.stdlib.io.IoModule.fill(m);
        // until CPython's io.py (which derives ABCs from these) is used, the base classes go by their public names
        m.set("IOBase", dev.eddy.builtins.IoBase.IOBASE);
        m.set("RawIOBase", dev.eddy.builtins.IoBase.RAW_IOBASE);
        m.set("BufferedIOBase", dev.eddy.builtins.IoBase.BUFFERED_IOBASE);
        m.set("TextIOBase", dev.eddy.builtins.IoBase.TEXT_IOBASE);
        m.set("SEEK_SET", dev.eddy.runtime.PyInt.of(0));
        m.set("SEEK_CUR", dev.eddy.runtime.PyInt.of(1));
        m.set("SEEK_END", dev.eddy.runtime.PyInt.of(2));
        m.set("__doc__", new PyStr("The io module provides the Python interfaces to stream handling."));
        return m;
    }
}
