package dev.eddy.stdlib.io;

import dev.eddy.builtins.IoBase;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

/** _io.FileIO: unbuffered binary I/O on a file descriptor of the interpreter's table. */
public final class FileIO extends IoBase.PyIOBase {
    public static final PyType TYPE = PyType.builtin("FileIO", IoBase.RAW_IOBASE, (cls, a, kw) -> {
        FileIO f = new FileIO(cls);
        if (!cls.heapType) {
            f.init(a, kw);
        }
        return f;
    });

    private final OsState os = OsState.current();
    int fd = -1;
    boolean readable;
    boolean writable;
    boolean appending;
    boolean created;
    boolean closefd = true;
    private int seekable = -1;

    FileIO(PyType type) {
        super(type);
    }

    @Override
    public boolean isClosed() {
        return fd < 0;
    }

    /** FileIO.__init__(file, mode='r', closefd=True, opener=None). */
    void init(PyObject[] a, String[] kw) {
        PyObject[] p = Args.bind("FileIO", a, kw, new String[] {"file", "mode", "closefd", "opener"}, 1);
        String mode = p[1] == null ? "r" : IoBase.text(p[1], "FileIO() argument 'mode'");
        boolean rd = false, wr = false, plus = false;
        int flags = 0;
        int kinds = 0;
        for (char c : mode.toCharArray()) {
            switch (c) {
                case 'r' -> { kinds++; rd = true; }
                case 'w' -> { kinds++; wr = true; flags |= PosixFlags.O_CREAT | PosixFlags.O_TRUNC; }
                case 'x' -> { kinds++; wr = true; created = true; flags |= PosixFlags.O_CREAT | PosixFlags.O_EXCL; }
                case 'a' -> { kinds++; wr = true; appending = true; flags |= PosixFlags.O_CREAT | PosixFlags.O_APPEND; }
                case '+' -> {
                    if (plus) {
                        throw Errors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
                    }
                    plus = true;
                }
                case 'b' -> { }
                default -> throw Errors.valueError("invalid mode: " + mode);
            }
        }
        if (kinds != 1) {
            throw Errors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        }
        if (plus) {
            rd = true;
            wr = true;
        }
        readable = rd;
        writable = wr;
        flags |= rd && wr ? PosixFlags.O_RDWR : wr ? PosixFlags.O_WRONLY : PosixFlags.O_RDONLY;
        flags |= PosixFlags.O_CLOEXEC;
        closefd = p[2] == null || p[2].isTrue();
        PyObject file = p[0];
        if (file instanceof PyInt || (file.asIndexOrNull() != null && !(file instanceof PyStr))) {
            int n = Ops.index(file, null).intValueExact();
            if (n < 0) {
                throw Errors.valueError("negative file descriptor");
            }
            os.get(n);
            fd = n;
        } else {
            if (!closefd) {
                throw Errors.valueError("Cannot use closefd=False with file name");
            }
            String path = Paths.fsPath(file);
            if (p[3] != null && p[3] != PyNone.NONE) {
                PyObject r = p[3].call(file, PyInt.of(flags));
                if (!(r instanceof PyInt ri)) {
                    throw Errors.typeError("expected integer from opener");
                }
                fd = ri.intValueExact();
                if (fd < 0) {
                    throw Errors.valueError("opener returned " + fd);
                }
            } else {
                fd = os.open(path, file, flags, 0666, true);
            }
        }
        storeAttr("name", file);
        if (appending) {
            try {
                OpenFile of = os.get(fd);
                if (of.seekable()) {
                    of.seek(0, 2);
                }
            } catch (IOException e) {
                // an unseekable file in append mode is fine
            }
        }
        os.setInheritable(fd, false);
    }

    private OpenFile file() {
        if (fd < 0) {
            throw Errors.valueError("I/O operation on closed file");
        }
        return os.get(fd);
    }

    String mode() {
        if (created) {
            return readable ? "xb+" : "xb";
        }
        if (appending) {
            return readable ? "ab+" : "ab";
        }
        if (readable) {
            return writable ? "rb+" : "rb";
        }
        return "wb";
    }

    /** read(n): up to n bytes; all of the rest when n &lt; 0. */
    byte[] read(long n) {
        OpenFile f = file();
        if (!readable) {
            throw IoBase.unsupported("File not open for reading");
        }
        if (n < 0) {
            return readAll();
        }
        try {
            byte[] b = new byte[f.readLimit(n)];
            int got = f.read(b, 0, b.length);
            return got == b.length ? b : Arrays.copyOf(b, got);
        } catch (IOException e) {
            throw Errno.error(e, null);
        }
    }

    byte[] readAll() {
        OpenFile f = file();
        if (!readable) {
            throw IoBase.unsupported("File not open for reading");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] b = new byte[65536];
        try {
            // a regular file: read the rest in one go into an array of its size
            if (f.seekable() && f.path() != null && java.nio.file.Files.isRegularFile(f.path())) {
                long left = f.size() - f.seek(0, 1);
                if (left > 0 && left < Integer.MAX_VALUE - 16) {
                    byte[] all = new byte[(int) left];
                    int got = f.read(all, 0, all.length);
                    if (got < all.length) {
                        return Arrays.copyOf(all, Math.max(got, 0));
                    }
                    out.write(all, 0, got);
                }
            }
            while (true) {
                int got = f.read(b, 0, b.length);
                if (got <= 0) {
                    break;
                }
                out.write(b, 0, got);
            }
        } catch (IOException e) {
            throw Errno.error(e, null);
        }
        return out.toByteArray();
    }

    int write(byte[] b) {
        OpenFile f = file();
        if (!writable) {
            throw IoBase.unsupported("File not open for writing");
        }
        try {
            return f.write(b, 0, b.length);
        } catch (IOException e) {
            throw Errno.error(e, null);
        }
    }

    long seek(long pos, int whence) {
        OpenFile f = file();
        if (whence < 0 || whence > 2) {
            throw Errors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        try {
            return f.seek(pos, whence);
        } catch (IOException e) {
            throw Errno.error(e, null);
        }
    }

    boolean isatty() {
        return file().tty;
    }

    long tell() {
        return seek(0, 1);
    }

    boolean seekable() {
        file();
        if (seekable < 0) {
            seekable = file().seekable() ? 1 : 0;
        }
        return seekable == 1;
    }

    long truncate(long size) {
        OpenFile f = file();
        if (!writable) {
            throw IoBase.unsupported("File not open for writing");
        }
        try {
            f.truncate(size);
        } catch (IOException e) {
            throw Errno.error(e, null);
        }
        return size;
    }

    void close() {
        if (fd >= 0) {
            int n = fd;
            fd = -1;
            closedFlag = true;
            if (closefd) {
                os.close(n);
            }
        }
    }

    private static FileIO self(PyObject[] a) {
        if (a.length > 0 && a[0] instanceof FileIO x) {
            return x;
        }
        throw IoBase.wrongSelf(a, TYPE);
    }

    static {
        PyType t = TYPE;
        t.module = "_io";
        IoBase.doc(t, "Raw binary I/O on a file descriptor or a named file.");
        t.def("__init__", (a, kw) -> {
            self(a).init(Arrays.copyOfRange(a, 1, a.length), kw);
            return PyNone.NONE;
        });
        t.def("read", (a, kw) -> {
            Args.checkMethod("read", a, kw, 0, 1);
            return new PyBytes(self(a).read(IoBase.size(a, 1)));
        });
        t.def("readall", (a, kw) -> new PyBytes(self(a).readAll()));
        t.def("readinto", (a, kw) -> {
            Args.checkMethod("readinto", a, kw, 1, 1);
            byte[] b = self(a).read(Ops.len(a[1]));
            a[1].setItem(new dev.eddy.runtime.PySlice(PyInt.of(0), PyInt.of(b.length), PyNone.NONE), new PyBytes(b));
            return PyInt.of(b.length);
        });
        t.def("write", (a, kw) -> {
            Args.checkMethod("write", a, kw, 1, 1);
            return PyInt.of(self(a).write(IoBase.bytesOf(a[1])));
        });
        t.def("seek", (a, kw) -> {
            Args.checkMethod("seek", a, kw, 1, 2);
            return PyInt.of(self(a).seek(Ops.index(a[1], null).longValueExact(), a.length > 2 ? Ops.toInt(a[2]) : 0));
        });
        t.def("tell", (a, kw) -> PyInt.of(self(a).tell()));
        t.def("truncate", (a, kw) -> {
            Args.checkMethod("truncate", a, kw, 0, 1);
            FileIO f = self(a);
            long size = a.length > 1 && a[1] != PyNone.NONE ? Ops.index(a[1], null).longValueExact() : f.tell();
            return PyInt.of(f.truncate(size));
        });
        t.def("close", (a, kw) -> {
            FileIO f = self(a);
            if (f.type.heapType && f.fd >= 0) {
                Ops.callMethod(f, "flush");
            }
            f.close();
            return PyNone.NONE;
        });
        t.def("fileno", (a, kw) -> PyInt.of(self(a).file() == null ? -1 : self(a).fd));
        t.def("readable", (a, kw) -> {
            self(a).file();
            return PyBool.of(self(a).readable);
        });
        t.def("writable", (a, kw) -> {
            self(a).file();
            return PyBool.of(self(a).writable);
        });
        t.def("seekable", (a, kw) -> PyBool.of(self(a).seekable()));
        t.def("isatty", (a, kw) -> PyBool.of(self(a).file().tty));
        IoBase.property(t, "closed", (a, kw) -> PyBool.of(self(a).fd < 0));
        IoBase.property(t, "closefd", (a, kw) -> PyBool.of(self(a).closefd));
        IoBase.property(t, "mode", (a, kw) -> new PyStr(self(a).mode()));
        t.def("_dealloc_warn", (a, kw) -> PyNone.NONE);
        t.def("__repr__", (a, kw) -> {
            FileIO f = self(a);
            String cls = f.type.heapType ? f.type.module + "." + f.type.qualname : "_io.FileIO";
            if (f.fd < 0) {
                return new PyStr("<" + cls + " [closed]>");
            }
            PyObject name = f.lookupAttr("name");
            String shown = name == null ? "fd=" + f.fd : "name=" + name.repr().value;
            return new PyStr("<" + cls + " " + shown + " mode='" + f.mode() + "' closefd=" + (f.closefd ? "True" : "False") + ">");
        });
    }
}
