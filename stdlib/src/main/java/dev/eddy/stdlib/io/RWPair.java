package dev.eddy.stdlib.io;

import dev.eddy.builtins.IoBase;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyType;

import java.util.Arrays;

/** _io.BufferedRWPair: a BufferedReader and a BufferedWriter over two raw streams, used as one. */
public final class RWPair extends IoBase.PyIOBase {
    public static final PyType TYPE = PyType.builtin("BufferedRWPair", IoBase.BUFFERED_IOBASE, (cls, a, kw) -> {
        RWPair p = new RWPair(cls);
        if (!cls.heapType) {
            p.init(a, kw);
        }
        return p;
    });

    private PyObject reader;
    private PyObject writer;

    private RWPair(PyType type) {
        super(type);
    }

    void init(PyObject[] a, String[] kw) {
        PyObject[] p = Args.bind("BufferedRWPair", a, kw, new String[] {"reader", "writer", "buffer_size"}, 2);
        PyObject size = p[2] == null ? dev.eddy.runtime.PyInt.of(IoModule.DEFAULT_BUFFER_SIZE) : p[2];
        reader = Buffered.READER.call(p[0], size);
        writer = Buffered.WRITER.call(p[1], size);
    }

    @Override
    public boolean isClosed() {
        return Ops.getAttr(writer, "closed").isTrue();
    }

    private static RWPair self(PyObject[] a) {
        if (a.length > 0 && a[0] instanceof RWPair x) {
            return x;
        }
        throw IoBase.wrongSelf(a, TYPE);
    }

    private static void forward(PyType t, String name, boolean toReader) {
        t.def(name, (a, kw) -> {
            PyObject target = toReader ? self(a).reader : self(a).writer;
            return target.getAttr(name).call(Arrays.copyOfRange(a, 1, a.length), kw);
        });
    }

    static {
        PyType t = TYPE;
        t.module = "_io";
        IoBase.doc(t, "A reader and a writer object together as one buffered stream.");
        t.def("__init__", (a, kw) -> {
            self(a).init(Arrays.copyOfRange(a, 1, a.length), kw);
            return PyNone.NONE;
        });
        for (String name : new String[] {"read", "read1", "peek", "readline", "readinto", "readinto1", "readable"}) {
            forward(t, name, true);
        }
        for (String name : new String[] {"write", "flush", "writable"}) {
            forward(t, name, false);
        }
        t.def("isatty", (a, kw) -> PyBool.of(Ops.callMethod(self(a).writer, "isatty").isTrue()
                || Ops.callMethod(self(a).reader, "isatty").isTrue()));
        t.def("close", (a, kw) -> {
            try {
                Ops.callMethod(self(a).writer, "close");
            } finally {
                Ops.callMethod(self(a).reader, "close");
            }
            return PyNone.NONE;
        });
        IoBase.property(t, "closed", (a, kw) -> Ops.getAttr(self(a).writer, "closed"));
    }
}
