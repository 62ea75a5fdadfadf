package dev.eddy.stdlib;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Buffers;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBuffer;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyIterator;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

import java.util.Arrays;

/** The _struct module: pack and unpack values to and from bytes by a format string. */
public final class StructModule implements ModuleProvider {
    @Override
    public String name() {
        return "_struct";
    }

    /** _struct.Struct: a compiled format. */
    static final class PyStruct extends PyObject {
        static final PyType TYPE = Mod.type("_struct", "Struct", null, (cls, a, kw) -> {
            PyObject[] p = Args.bind("Struct", a, kw, new String[] {"format"}, 1);
            return new PyStruct(parse(p[0]));
        });

        static {
            TYPE.def("pack", (a, kw) -> {
                Args.check("pack", a, kw, 1, Integer.MAX_VALUE);
                return pack(self(a).format, a, 1);
            });
            TYPE.def("unpack", (a, kw) -> {
                Args.checkMethod("unpack", a, kw, 1, 1);
                return unpack(self(a).format, a[1]);
            });
            TYPE.def("unpack_from", (a, kw) -> {
                PyObject[] p = Args.bind("unpack_from", Arrays.copyOfRange(a, 1, a.length), kw, new String[] {"buffer", "offset"}, 1);
                return unpackFrom(self(a).format, p[0], p[1]);
            });
            TYPE.def("iter_unpack", (a, kw) -> {
                Args.checkMethod("iter_unpack", a, kw, 1, 1);
                return iterUnpack(self(a).format, a[1]);
            });
            TYPE.def("pack_into", (a, kw) -> {
                Args.check("pack_into", a, kw, 3, Integer.MAX_VALUE);
                return packInto(self(a).format, a, 1);
            });
        }

        final StructFormat format;

        PyStruct(StructFormat format) {
            this.format = format;
        }

        private static PyStruct self(PyObject[] a) {
            return (PyStruct) a[0];
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject lookupAttr(String name) {
            switch (name) {
                case "format": return new PyStr(format.format);
                case "size": return PyInt.of(format.size);
                default: return super.lookupAttr(name);
            }
        }
    }

    /** The iterator of iter_unpack. */
    static final class UnpackIterator extends PyIterator {
        static final PyType TYPE = Mod.type("_struct", "unpack_iterator", PyIterator.TYPE, null);
        private final StructFormat format;
        private final byte[] data;
        private int at;

        UnpackIterator(StructFormat format, byte[] data) {
            this.format = format;
            this.data = data;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject next() {
            if (at + format.size > data.length) {
                return null;
            }
            PyObject[] items = format.unpack(data, at);
            at += format.size;
            return new PyTuple(items);
        }

        @Override
        public int len() {
            return (data.length - at) / format.size;
        }

        @Override
        public long lengthHint() {
            return len();
        }
    }

    static StructFormat parse(PyObject fmt) {
        if (fmt instanceof PyStr s) {
            return new StructFormat(s.value);
        }
        if (fmt instanceof PyBytes b) {
            return new StructFormat(new String(b.bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        throw Errors.typeError("Struct() argument 1 must be a str or bytes object, not " + fmt.type().name);
    }

    private static byte[] buffer(PyObject o) {
        return Buffers.bytesLike(o);
    }

    static PyObject pack(StructFormat f, PyObject[] a, int from) {
        byte[] out = new byte[f.size];
        f.pack(a, from, out, 0);
        return new PyBytes(out);
    }

    static PyObject unpack(StructFormat f, PyObject buf) {
        byte[] b = buffer(buf);
        if (b.length != f.size) {
            throw Errors.of(StructFormat.ERROR, "unpack requires a buffer of " + f.size + " bytes");
        }
        return new PyTuple(f.unpack(b, 0));
    }

    static PyObject unpackFrom(StructFormat f, PyObject buf, PyObject offsetArg) {
        byte[] b = buffer(buf);
        long offset = offsetArg == null ? 0 : Ops.index(offsetArg, null).longValueExact();
        if (offset < 0) {
            if (offset + b.length < 0) {
                throw Errors.of(StructFormat.ERROR, "offset " + offset + " out of range for " + b.length + "-byte buffer");
            }
            offset += b.length;
        }
        if (b.length - offset < f.size) {
            throw Errors.of(StructFormat.ERROR, "unpack_from requires a buffer of at least " + (f.size + offset)
                    + " bytes for unpacking " + f.size + " bytes at offset " + offset
                    + " (actual buffer size is " + b.length + ")");
        }
        return new PyTuple(f.unpack(b, (int) offset));
    }

    static PyObject iterUnpack(StructFormat f, PyObject buf) {
        byte[] b = buffer(buf);
        if (f.size == 0) {
            throw Errors.of(StructFormat.ERROR, "cannot iteratively unpack with a struct of length 0");
        }
        if (b.length % f.size != 0) {
            throw Errors.of(StructFormat.ERROR, "iterative unpacking requires a buffer of a multiple of " + f.size + " bytes");
        }
        return new UnpackIterator(f, b);
    }

    /** pack_into(buffer, offset, v1, ...): the arguments from {@code a[at]} on; packs into a writable buffer. */
    static PyObject packInto(StructFormat f, PyObject[] a, int at) {
        int given = a.length - at - 2;
        if (given != f.items) {
            throw Errors.of(StructFormat.ERROR, "pack_into expected " + f.items + " items for packing (got " + given + ")");
        }
        PyBuffer buf = Buffers.writable(a[at]);
        int length = buf.bufferLength();
        long offset = Ops.index(a[at + 1], null).longValueExact();
        if (offset < 0) {
            if (offset + f.size > 0) {
                throw Errors.of(StructFormat.ERROR, "no space to pack " + f.size + " bytes at offset " + offset);
            }
            if (offset + length < 0) {
                throw Errors.of(StructFormat.ERROR, "offset " + offset + " out of range for " + length + "-byte buffer");
            }
            offset += length;
        }
        if (length - offset < f.size) {
            throw Errors.of(StructFormat.ERROR, "pack_into requires a buffer of at least " + (f.size + offset)
                    + " bytes for packing " + f.size + " bytes at offset " + offset + " (actual buffer size is " + length + ")");
        }
        byte[] out = new byte[f.size];
        f.pack(a, at + 2, out, 0);
        buf.bufferWrite((int) offset, out, 0, out.length);
        return PyNone.NONE;
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_struct");
        m.set("__doc__", new PyStr("Functions to convert between Python values and C structs.\nPython bytes objects are used to hold the data representing the C struct\nand also as format strings (explained below) to describe the layout of data\nin the C struct."));
        m.set("error", StructFormat.ERROR);
        m.set("Struct", PyStruct.TYPE);
        Mod.def(m, "pack", (a, kw) -> {
            Args.check("pack", a, kw, 1, Integer.MAX_VALUE);
            return pack(parse(a[0]), a, 1);
        });
        Mod.def(m, "unpack", (a, kw) -> {
            Args.check("unpack", a, kw, 2, 2);
            return unpack(parse(a[0]), a[1]);
        });
        Mod.def(m, "unpack_from", (a, kw) -> {
            PyObject[] p = Args.bind("unpack_from", a, kw, new String[] {"format", "buffer", "offset"}, 2);
            return unpackFrom(parse(p[0]), p[1], p[2]);
        });
        Mod.def(m, "iter_unpack", (a, kw) -> {
            Args.check("iter_unpack", a, kw, 2, 2);
            return iterUnpack(parse(a[0]), a[1]);
        });
        Mod.def(m, "calcsize", (a, kw) -> {
            Args.check("calcsize", a, kw, 1, 1);
            return PyInt.of(parse(a[0]).size);
        });
        Mod.def(m, "pack_into", (a, kw) -> {
            Args.check("pack_into", a, kw, 3, Integer.MAX_VALUE);
            return packInto(parse(a[0]), a, 1);
        });
        Mod.def(m, "_clearcache", (a, kw) -> PyNone.NONE);
        return m;
    }
}
