package dev.eddy.stdlib;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.Sys;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/** A minimal os module: environ, getenv, getcwd, a few file operations, and os.path. */
public final class OsModule implements ModuleProvider {
    @Override
    public String name() {
        return "os";
    }

    static PyException oserror(PyObject type, int errno, String strerror, String filename) {
        PyBaseException e = new PyBaseException((dev.eddy.runtime.PyType) type,
                new PyObject[] {PyInt.of(errno), new PyStr(strerror), new PyStr(filename)});
        return new PyException(e);
    }

    static PyException notFound(String p) {
        return oserror(Exceptions.FILE_NOT_FOUND_ERROR, 2, "No such file or directory", p);
    }

    private static PyException translate(IOException e, String p) {
        if (e instanceof NoSuchFileException) {
            return notFound(p);
        }
        if (e instanceof FileAlreadyExistsException) {
            return oserror(Exceptions.FILE_EXISTS_ERROR, 17, "File exists", p);
        }
        if (e instanceof DirectoryNotEmptyException) {
            return oserror(Exceptions.OS_ERROR, 39, "Directory not empty", p);
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return oserror(Exceptions.PERMISSION_ERROR, 13, "Permission denied", p);
        }
        return oserror(Exceptions.OS_ERROR, 5, String.valueOf(e.getMessage()), p);
    }

    private interface FileOp {
        void run(Path p) throws IOException;
    }

    private static void fileOp(PyModule m, String name, FileOp op) {
        Mod.def(m, name, (a, kw) -> {
            Args.check(name, a, kw, 1, 1);
            String p = OsPathModule.path(a[0]);
            try {
                op.run(OsPathModule.resolve(p));
            } catch (IOException e) {
                throw translate(e, p);
            }
            return PyNone.NONE;
        });
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("os");
        PyDict environ = new PyDict();
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(Sys.get().env).entrySet()) {
            environ.put(new PyStr(e.getKey()), new PyStr(e.getValue()));
        }
        m.set("environ", environ);
        m.set("name", new PyStr("posix"));
        m.set("sep", new PyStr("/"));
        m.set("altsep", PyNone.NONE);
        m.set("extsep", new PyStr("."));
        m.set("pathsep", new PyStr(":"));
        m.set("curdir", new PyStr("."));
        m.set("pardir", new PyStr(".."));
        m.set("linesep", new PyStr("\n"));
        m.set("devnull", new PyStr("/dev/null"));
        m.set("path", new OsPathModule().create());
        Mod.def(m, "getenv", (a, kw) -> {
            PyObject[] p = Args.bind("getenv", a, kw, new String[] {"key", "default"}, 1);
            PyObject v = environ.get(p[0]);
            return v != null ? v : p[1] == null ? PyNone.NONE : p[1];
        });
        Mod.def(m, "getcwd", (a, kw) -> new PyStr(OsPathModule.cwd().toString()));
        Mod.def(m, "getpid", (a, kw) -> PyInt.of(ProcessHandle.current().pid()));
        Mod.def(m, "kill", (a, kw) -> { // signals: see the signal module
            Args.check("kill", a, kw, 2, 2);
            dev.eddy.stdlib.signals.SignalModule.kill(Ops.index(a[0], null).longValueExact(), Ops.toInt(a[1]));
            return PyNone.NONE;
        });
        Mod.def(m, "cpu_count", (a, kw) -> PyInt.of(Runtime.getRuntime().availableProcessors()));
        Mod.def(m, "urandom", (a, kw) -> {
            Args.check("urandom", a, kw, 1, 1);
            byte[] b = new byte[Ops.toInt(a[0])];
            new SecureRandom().nextBytes(b);
            return new PyBytes(b);
        });
        Mod.def(m, "listdir", (a, kw) -> {
            Args.check("listdir", a, kw, 0, 1);
            String p = a.length == 0 ? "." : OsPathModule.path(a[0]);
            TreeSet<String> names = new TreeSet<>();
            try (Stream<Path> s = Files.list(OsPathModule.resolve(p))) {
                s.forEach(x -> names.add(x.getFileName().toString()));
            } catch (IOException e) {
                throw translate(e, p);
            }
            PyList l = new PyList();
            names.forEach(n -> l.append(new PyStr(n)));
            return l;
        });
        fileOp(m, "remove", Files::delete);
        fileOp(m, "unlink", Files::delete);
        fileOp(m, "rmdir", Files::delete);
        fileOp(m, "mkdir", Files::createDirectory);
        Mod.def(m, "makedirs", (a, kw) -> {
            PyObject[] p = Args.bind("makedirs", a, kw, new String[] {"name", "mode", "exist_ok"}, 1);
            String path = OsPathModule.path(p[0]);
            Path target = OsPathModule.resolve(path);
            if (Files.isDirectory(target) && !(p[2] != null && p[2].isTrue())) {
                throw oserror(Exceptions.FILE_EXISTS_ERROR, 17, "File exists", path);
            }
            try {
                Files.createDirectories(target);
            } catch (IOException e) {
                throw translate(e, path);
            }
            return PyNone.NONE;
        });
        Mod.def(m, "rename", (a, kw) -> {
            Args.check("rename", a, kw, 2, 2);
            String src = OsPathModule.path(a[0]);
            try {
                Files.move(OsPathModule.resolve(src), OsPathModule.resolve(OsPathModule.path(a[1])),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw translate(e, src);
            }
            return PyNone.NONE;
        });
        Mod.def(m, "fspath", (a, kw) -> {
            Args.check("fspath", a, kw, 1, 1);
            return new PyStr(OsPathModule.path(a[0]));
        });
        m.set("error", Exceptions.OS_ERROR);
        // the system calls themselves come from posix (as os.py does "from posix import *")
        PyModule posix = new dev.eddy.stdlib.posix.PosixModule().create();
        posix.globals.forEach((name, cell) -> {
            if (!name.startsWith("__") && !name.equals("environ") && cell.value != null) {
                m.set(name, cell.value);
            }
        });
        // which functions take a descriptor, dir_fd or follow_symlinks (os.py works these out from posix)
        dev.eddy.runtime.PySet fdFunctions = new dev.eddy.runtime.PySet(false);
        fdFunctions.add(m.get("stat"));
        fdFunctions.add(m.get("truncate"));
        m.set("supports_fd", fdFunctions);
        m.set("supports_dir_fd", new dev.eddy.runtime.PySet(false));
        m.set("supports_effective_ids", new dev.eddy.runtime.PySet(false));
        dev.eddy.runtime.PySet follow = new dev.eddy.runtime.PySet(false);
        follow.add(m.get("stat"));
        m.set("supports_follow_symlinks", follow);
        Mod.def(m, "fdopen", (a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof PyInt)) {
                throw dev.eddy.runtime.Errors.typeError("invalid fd type (" + (a.length == 0 ? "NoneType" : "<class '" + a[0].type().name + "'>")
                        + ", expected integer)");
            }
            return dev.eddy.stdlib.io.IoModule.OPEN.call(a, kw);
        });
        m.set("SEEK_SET", PyInt.of(0));
        m.set("SEEK_CUR", PyInt.of(1));
        m.set("SEEK_END", PyInt.of(2));
        return m;
    }
}
