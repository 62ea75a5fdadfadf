package dev.eddy.runtime;

/** The methods bytearray has beyond those of bytes: the mutating ones. */
final class ByteArrayMethods {
    private ByteArrayMethods() {
    }

    /** (type, (latin-1 text, 'latin-1'), state) below protocol 3, (type, (bytes,), state) from 3 on. */
    private static PyObject reduce(PyByteArray self, int protocol) {
        byte[] b = self.toBytes();
        PyTuple args;
        if (b.length == 0) {
            args = new PyTuple(new PyObject[0]);
        } else if (protocol < 3) {
            args = PyTuple.of(new PyStr(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1)), new PyStr("latin-1"));
        } else {
            args = PyTuple.of(new PyBytes(b));
        }
        return PyTuple.of(self.type(), args, Reduce.dictState(self));
    }

    static void install(PyType t) {
        t.dict.put("__hash__", PyNone.NONE); // unhashable, as CPython spells it
        t.def("__repr__", (a, kw) -> self(a).ownRepr());
        t.def("__reduce__", (a, kw) -> {
            TypeMethods.check("bytearray.__reduce__", a, kw, 0, 0);
            return reduce(self(a), 0);
        });
        t.def("__reduce_ex__", (a, kw) -> {
            TypeMethods.check("bytearray.__reduce_ex__", a, kw, 1, 1);
            return reduce(self(a), (int) Ops.index(a[1], null).longValueExact());
        });
        t.def("append", (a, kw) -> {
            TypeMethods.check("bytearray.append", a, kw, 1, 1);
            self(a).append(PyByteArray.byteValue(a[1]));
            return PyNone.NONE;
        });
        t.def("extend", (a, kw) -> {
            TypeMethods.check("bytearray.extend", a, kw, 1, 1);
            PyByteArray s = self(a);
            if (a[1] instanceof PyBuffer b) {
                s.extend(b.bufferBytes().clone());
            } else {
                if (a[1].type().lookup("__iter__") == null && !(a[1] instanceof PyIterator)) {
                    throw Errors.typeError("can't extend bytearray with " + a[1].type().name);
                }
                PyObject it = a[1].iter();
                for (PyObject x = it.next(); x != null; x = it.next()) {
                    s.append(PyByteArray.byteValue(x));
                }
            }
            return PyNone.NONE;
        });
        t.def("insert", (a, kw) -> {
            TypeMethods.check("bytearray.insert", a, kw, 2, 2);
            PyByteArray s = self(a);
            long i = TypeMethods.index(a[1]);
            int v = PyByteArray.byteValue(a[2]);
            if (i < 0) {
                i = Math.max(0, i + s.size);
            }
            int at = (int) Math.min(i, s.size);
            s.replace(at, at, new byte[] {(byte) v});
            return PyNone.NONE;
        });
        t.def("pop", (a, kw) -> {
            TypeMethods.check("bytearray.pop", a, kw, 0, 1);
            PyByteArray s = self(a);
            long i = a.length > 1 ? TypeMethods.index(a[1]) : -1;
            if (s.size == 0) {
                throw Errors.indexError("pop from empty bytearray");
            }
            if (i < 0) {
                i += s.size;
            }
            if (i < 0 || i >= s.size) {
                throw Errors.indexError("pop index out of range");
            }
            int v = s.buf[(int) i] & 0xff;
            s.replace((int) i, (int) i + 1, BytesMethods.EMPTY);
            return PyInt.of(v);
        });
        t.def("remove", (a, kw) -> {
            TypeMethods.check("bytearray.remove", a, kw, 1, 1);
            PyByteArray s = self(a);
            int v = PyByteArray.byteValue(a[1]);
            for (int i = 0; i < s.size; i++) {
                if ((s.buf[i] & 0xff) == v) {
                    s.replace(i, i + 1, BytesMethods.EMPTY);
                    return PyNone.NONE;
                }
            }
            throw Errors.valueError("value not found in bytearray");
        });
        t.def("clear", (a, kw) -> {
            TypeMethods.check("bytearray.clear", a, kw, 0, 0);
            PyByteArray s = self(a);
            s.replace(0, s.size, BytesMethods.EMPTY);
            return PyNone.NONE;
        });
        t.def("copy", (a, kw) -> {
            TypeMethods.check("bytearray.copy", a, kw, 0, 0);
            return new PyByteArray(self(a).toBytes());
        });
        t.def("reverse", (a, kw) -> {
            TypeMethods.check("bytearray.reverse", a, kw, 0, 0);
            PyByteArray s = self(a);
            for (int i = 0, j = s.size - 1; i < j; i++, j--) {
                byte x = s.buf[i];
                s.buf[i] = s.buf[j];
                s.buf[j] = x;
            }
            return PyNone.NONE;
        });
        t.def("__init__", (a, kw) -> {
            PyByteArray s = self(a);
            byte[] b = BytesMethods.constructContents("bytearray", TypeMethods.rest(a), kw);
            s.replace(0, s.size, b);
            return PyNone.NONE;
        });
        t.def("__alloc__", (a, kw) -> PyInt.of(self(a).buf.length + 1));
        t.def("__setitem__", (a, kw) -> {
            TypeMethods.check("bytearray.__setitem__", a, kw, 2, 2);
            self(a).setItem(a[1], a[2]);
            return PyNone.NONE;
        });
        t.def("__delitem__", (a, kw) -> {
            TypeMethods.check("bytearray.__delitem__", a, kw, 1, 1);
            self(a).delItem(a[1]);
            return PyNone.NONE;
        });
        t.def("__iadd__", (a, kw) -> self(a).inplaceOp(BinaryOp.ADD, a[1]));
        t.def("__imul__", (a, kw) -> self(a).inplaceOp(BinaryOp.MUL, a[1]));
    }

    private static PyByteArray self(PyObject[] a) {
        if (a.length == 0 || !(a[0] instanceof PyByteArray b)) {
            throw Errors.typeError("descriptor requires a 'bytearray' object but received a '"
                    + (a.length == 0 ? "nothing" : a[0].type().name) + "'");
        }
        return b;
    }
}
