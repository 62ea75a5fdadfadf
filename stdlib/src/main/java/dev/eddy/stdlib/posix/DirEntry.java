package dev.eddy.stdlib.posix;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyIterator;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;
import dev.eddy.stdlib.io.Errno;
import dev.eddy.stdlib.io.OsState;
import dev.eddy.stdlib.io.Paths;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Iterator;

/** os.DirEntry: one entry of a directory listed by scandir, with its stat results cached. */
public final class DirEntry extends PyObject {
    public static final PyType TYPE = PyType.builtin("DirEntry", PyType.OBJECT, null);
    static final PyType ITERATOR = PyType.builtin("ScandirIterator", PyType.OBJECT, null);

    private final PyObject name;
    private final PyObject path;
    private final Path file;
    private StatResult stat;
    private StatResult lstat;

    private DirEntry(PyObject name, PyObject path, Path file) {
        this.name = name;
        this.path = path;
        this.file = file;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private StatResult stat(boolean follow) {
        if (follow) {
            if (stat == null) {
                stat = StatResult.of(file, true, path);
            }
            return stat;
        }
        if (lstat == null) {
            lstat = StatResult.of(file, false, path);
        }
        return lstat;
    }

    private boolean isType(int kind, boolean follow) {
        LinkOption[] o = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        if (!Files.exists(file, o)) {
            return false;
        }
        int mode = (int) ((PyInt) stat(follow).getItem(PyInt.of(0))).value;
        return (mode & 0170000) == kind;
    }

    private static boolean follow(PyObject[] a, String[] kw) {
        PyObject v = Args.keyword(a, kw, "follow_symlinks");
        return v == null || v.isTrue();
    }

    static {
        TYPE.module = "posix";
        TYPE.def("is_dir", (a, kw) -> PyBool.of(self(a).isType(0040000, follow(a, kw))));
        TYPE.def("is_file", (a, kw) -> PyBool.of(self(a).isType(0100000, follow(a, kw))));
        TYPE.def("is_symlink", (a, kw) -> PyBool.of(Files.isSymbolicLink(self(a).file)));
        TYPE.def("stat", (a, kw) -> self(a).stat(follow(a, kw)));
        TYPE.def("inode", (a, kw) -> self(a).stat(false).getItem(PyInt.of(1)));
        TYPE.def("__fspath__", (a, kw) -> self(a).path);
        TYPE.def("is_junction", (a, kw) -> PyBool.FALSE);
        ITERATOR.module = "posix";
        ITERATOR.def("__iter__", (a, kw) -> a[0]);
        ITERATOR.def("__next__", (a, kw) -> {
            PyObject r = a[0].next();
            if (r == null) {
                throw Errors.stopIteration(null);
            }
            return r;
        });
        ITERATOR.def("__enter__", (a, kw) -> a[0]);
        ITERATOR.def("__exit__", (a, kw) -> {
            scandir(a).close();
            return PyNone.NONE;
        });
        ITERATOR.def("close", (a, kw) -> {
            scandir(a).close();
            return PyNone.NONE;
        });
    }

    private static DirEntry self(PyObject[] a) {
        if (a.length > 0 && a[0] instanceof DirEntry e) {
            return e;
        }
        throw dev.eddy.builtins.IoBase.wrongSelf(a, TYPE);
    }

    private static Scandir scandir(PyObject[] a) {
        if (a.length > 0 && a[0] instanceof Scandir s) {
            return s;
        }
        throw dev.eddy.builtins.IoBase.wrongSelf(a, ITERATOR);
    }

    @Override
    public PyObject lookupAttr(String attr) {
        switch (attr) {
            case "name": return name;
            case "path": return path;
            default: return super.lookupAttr(attr);
        }
    }

    @Override
    public PyStr repr() {
        return new PyStr("<DirEntry " + name.repr().value + ">");
    }

    /** scandir(path): the iterator over the entries of a directory. */
    static PyObject scan(OsState os, PyObject given, boolean defaulted) {
        boolean bytes = Paths.isBytes(given);
        String dir = Paths.fsPath(given);
        Path p = os.resolve(dir);
        try {
            return new Scandir(Files.newDirectoryStream(p), dir, bytes, defaulted);
        } catch (IOException e) {
            throw Errno.error(e, given);
        }
    }

    /** The iterator scandir returns; a context manager that closes the directory. */
    static final class Scandir extends PyIterator {
        private final DirectoryStream<Path> stream;
        private final Iterator<Path> it;
        private final String dir;
        private final boolean bytes;
        private final boolean defaulted;
        private boolean closed;

        Scandir(DirectoryStream<Path> stream, String dir, boolean bytes, boolean defaulted) {
            this.stream = stream;
            this.it = stream.iterator();
            this.dir = dir;
            this.bytes = bytes;
            this.defaulted = defaulted;
        }

        @Override
        public PyType type() {
            return ITERATOR;
        }

        @Override
        public PyObject next() {
            if (closed || !it.hasNext()) {
                close();
                return null;
            }
            Path f = it.next();
            String n = f.getFileName().toString();
            String joined = defaulted ? "./" + n : dir.endsWith("/") ? dir + n : dir + "/" + n;
            return new DirEntry(PosixModule.pathResult(n, bytes), PosixModule.pathResult(joined, bytes), f);
        }

        void close() {
            if (!closed) {
                closed = true;
                try {
                    stream.close();
                } catch (IOException e) {
                    // nothing to report: the listing is over
                }
            }
        }
    }
}
