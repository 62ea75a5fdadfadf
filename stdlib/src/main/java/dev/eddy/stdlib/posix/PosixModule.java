package dev.eddy.stdlib.posix;

import dev.eddy.builtins.PyStructSeq;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.BytesMethods;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;
import dev.eddy.runtime.StrMethods;
import dev.eddy.runtime.Sys;
import dev.eddy.stdlib.io.Errno;
import dev.eddy.stdlib.io.Modes;
import dev.eddy.stdlib.io.OpenFile;
import dev.eddy.stdlib.io.OsState;
import dev.eddy.stdlib.io.Paths;
import dev.eddy.stdlib.io.PosixFlags;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The posix module: the operating system calls os.py builds on, over Java NIO and the
 * interpreter's descriptor table ({@link OsState}). Paths given as bytes give bytes back.
 */
public final class PosixModule implements ModuleProvider {
    static final PyType TERMINAL_SIZE = PyStructSeq.newType("os", "os.terminal_size", "columns", "lines");
    static final PyType TIMES_RESULT = PyStructSeq.newType("posix", "posix.times_result",
            "user", "system", "children_user", "children_system", "elapsed");
    static final PyType STATVFS_RESULT = PyStructSeq.newType("os", "os.statvfs_result", 10, "f_bsize", "f_frsize",
            "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail", "f_flag", "f_namemax", "f_fsid");
    static final PyType UNAME_RESULT = PyStructSeq.newType("posix", "posix.uname_result",
            "sysname", "nodename", "release", "version", "machine");

    @Override
    public String name() {
        return "posix";
    }

    private static void def(PyModule m, String name, PyBuiltinFunction.Body body) {
        m.set(name, new PyBuiltinFunction(name, body));
    }

    /** A path result in the type the path argument had (bytes in, bytes out). */
    static PyObject pathResult(String s, boolean bytes) {
        return bytes ? new PyBytes(StrMethods.encode(s, "utf-8", "surrogateescape")) : new PyStr(s);
    }

    /** dir_fd and its kin are refused as CPython refuses them where the platform lacks them. */
    static void noDirFd(PyObject... given) {
        for (PyObject o : given) {
            if (o != null && o != PyNone.NONE) {
                throw Errors.notImplemented("dir_fd unavailable on this platform");
            }
        }
    }

    private static int fd(PyObject o) {
        return Ops.index(o, null).intValueExact();
    }

    @Override
    public PyModule create() {
        OsState os = OsState.current();
        PyModule m = new PyModule("posix");
        m.set("error", Exceptions.OS_ERROR);
        m.set("stat_result", StatResult.TYPE);
        m.set("terminal_size", TERMINAL_SIZE);
        m.set("times_result", TIMES_RESULT);
        m.set("uname_result", UNAME_RESULT);
        m.set("statvfs_result", STATVFS_RESULT);
        m.set("DirEntry", DirEntry.TYPE);
        for (Field f : PosixFlags.class.getFields()) {
            try {
                m.set(f.getName(), PyInt.of(f.getInt(null)));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        m.set("O_NDELAY", PyInt.of(PosixFlags.O_NONBLOCK));
        m.set("O_RSYNC", PyInt.of(PosixFlags.O_SYNC));
        m.set("O_LARGEFILE", PyInt.of(0));
        m.set("F_OK", PyInt.of(0));
        m.set("R_OK", PyInt.of(4));
        m.set("W_OK", PyInt.of(2));
        m.set("X_OK", PyInt.of(1));
        m.set("WNOHANG", PyInt.of(1));
        m.set("EX_OK", PyInt.of(0));
        PyDict environ = new PyDict();
        for (Map.Entry<String, String> e : new TreeMap<>(Sys.get().env).entrySet()) {
            environ.put(pathResult(e.getKey(), true), pathResult(e.getValue(), true));
        }
        m.set("environ", environ);
        // what os.py reads to fill supports_fd and friends: only what these functions really accept
        PyList have = new PyList();
        have.append(new PyStr("HAVE_FTRUNCATE"));
        have.append(new PyStr("HAVE_LSTAT"));
        m.set("_have_functions", have);

        // ---- files and directories ----
        def(m, "stat", (a, kw) -> stat(os, a, kw, "stat", true));
        def(m, "lstat", (a, kw) -> stat(os, a, kw, "lstat", false));
        def(m, "fstat", (a, kw) -> {
            Args.check("fstat", a, kw, 1, 1);
            OpenFile f = os.get(fd(a[0]));
            return f.path() == null ? StatResult.stream(f.isTerminal()) : StatResult.of(f.path(), true, null);
        });
        def(m, "listdir", (a, kw) -> {
            PyObject[] p = Args.bind("listdir", a, kw, new String[] {"path"}, 0);
            PyObject given = p[0] == null || p[0] == PyNone.NONE ? new PyStr(".") : p[0];
            boolean bytes = Paths.isBytes(given);
            Path dir = os.resolve(Paths.fsPath(given));
            PyList l = new PyList();
            try (Stream<Path> s = Files.list(dir)) {
                s.forEach(x -> l.append(pathResult(x.getFileName().toString(), bytes)));
            } catch (IOException e) {
                throw Errno.error(e, given);
            }
            return l;
        });
        def(m, "scandir", (a, kw) -> {
            PyObject[] p = Args.bind("scandir", a, kw, new String[] {"path"}, 0);
            PyObject given = p[0] == null || p[0] == PyNone.NONE ? new PyStr(".") : p[0];
            return DirEntry.scan(os, given, p[0] == null || p[0] == PyNone.NONE);
        });
        def(m, "mkdir", (a, kw) -> {
            PyObject[] p = Args.bind("mkdir", a, kw, new String[] {"path", "mode", "dir_fd"}, 1);
            noDirFd(p[2]);
            int mode = p[1] == null ? 0777 : Ops.toInt(p[1]);
            Path path = os.resolve(Paths.fsPath(p[0]));
            try {
                Files.createDirectory(path, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(Modes.permissions(mode & ~os.umask)));
            } catch (IOException e) {
                throw Errno.error(e, p[0]);
            }
            return PyNone.NONE;
        });
        def(m, "rmdir", (a, kw) -> {
            PyObject[] p = Args.bind("rmdir", a, kw, new String[] {"path", "dir_fd"}, 1);
            noDirFd(p[1]);
            Path path = os.resolve(Paths.fsPath(p[0]));
            if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                throw Errno.error(Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? Errno.ENOTDIR : Errno.ENOENT, p[0]);
            }
            try {
                Files.delete(path);
            } catch (IOException e) {
                throw Errno.error(e, p[0]);
            }
            return PyNone.NONE;
        });
        PyBuiltinFunction.Body unlink = (a, kw) -> {
            PyObject[] p = Args.bind("remove", a, kw, new String[] {"path", "dir_fd"}, 1);
            noDirFd(p[1]);
            Path path = os.resolve(Paths.fsPath(p[0]));
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                throw Errno.error(Errno.EISDIR, p[0]);
            }
            try {
                Files.delete(path);
            } catch (IOException e) {
                throw Errno.error(e, p[0]);
            }
            return PyNone.NONE;
        };
        def(m, "unlink", unlink);
        def(m, "remove", unlink);
        PyBuiltinFunction.Body rename = (a, kw) -> {
            PyObject[] p = Args.bind("rename", a, kw, new String[] {"src", "dst", "src_dir_fd", "dst_dir_fd"}, 2);
            noDirFd(p[2], p[3]);
            Path src = os.resolve(Paths.fsPath(p[0]));
            Path dst = os.resolve(Paths.fsPath(p[1]));
            if (Files.isDirectory(dst, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(src, LinkOption.NOFOLLOW_LINKS)
                    && Files.exists(src, LinkOption.NOFOLLOW_LINKS)) {
                throw Errno.error(Errno.EISDIR, p[0], p[1]);
            }
            try {
                Files.move(src, dst, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw Errno.error(Errno.of(e), p[0], p[1]);
            }
            return PyNone.NONE;
        };
        def(m, "rename", rename);
        def(m, "replace", rename);
        def(m, "chdir", (a, kw) -> {
            Args.check("chdir", a, kw, 1, 1);
            Path path = os.resolve(Paths.fsPath(a[0]));
            if (!Files.isDirectory(path)) {
                throw Errno.error(Files.exists(path) ? Errno.ENOTDIR : Errno.ENOENT, a[0]);
            }
            os.chdir(path);
            return PyNone.NONE;
        });
        def(m, "getcwd", (a, kw) -> new PyStr(os.cwd().toString()));
        def(m, "getcwdb", (a, kw) -> pathResult(os.cwd().toString(), true));
        def(m, "access", (a, kw) -> {
            PyObject[] p = Args.bind("access", a, kw, new String[] {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"}, 2);
            noDirFd(p[2]);
            Path path = os.resolve(Paths.fsPath(p[0]));
            int mode = Ops.toInt(p[1]);
            boolean ok = Files.exists(path)
                    && ((mode & 4) == 0 || Files.isReadable(path))
                    && ((mode & 2) == 0 || Files.isWritable(path))
                    && ((mode & 1) == 0 || Files.isExecutable(path));
            return PyBool.of(ok);
        });
        def(m, "chmod", (a, kw) -> {
            PyObject[] p = Args.bind("chmod", a, kw, new String[] {"path", "mode", "dir_fd", "follow_symlinks"}, 2);
            noDirFd(p[2]);
            Path path = os.resolve(Paths.fsPath(p[0]));
            try {
                Files.setPosixFilePermissions(path, Modes.permissions(Ops.toInt(p[1])));
            } catch (IOException e) {
                throw Errno.error(e, p[0]);
            }
            return PyNone.NONE;
        });
        def(m, "utime", (a, kw) -> {
            PyObject[] p = Args.bind("utime", a, kw, new String[] {"path", "times", "ns", "dir_fd", "follow_symlinks"}, 1);
            noDirFd(p[3]);
            Path path = os.resolve(Paths.fsPath(p[0]));
            FileTime at;
            FileTime mt;
            if (p[1] != null && p[1] != PyNone.NONE) {
                PyObject[] t = Ops.toArray(p[1]);
                if (t.length != 2) {
                    throw Errors.typeError("utime: 'times' must be either a tuple of two ints or None");
                }
                at = FileTime.from(java.time.Instant.ofEpochSecond(0, (long) (toDouble(t[0]) * 1e9)));
                mt = FileTime.from(java.time.Instant.ofEpochSecond(0, (long) (toDouble(t[1]) * 1e9)));
            } else if (p[2] != null) {
                PyObject[] t = Ops.toArray(p[2]);
                at = FileTime.from(java.time.Instant.ofEpochSecond(0, Ops.index(t[0], null).longValueExact()));
                mt = FileTime.from(java.time.Instant.ofEpochSecond(0, Ops.index(t[1], null).longValueExact()));
            } else {
                at = mt = FileTime.from(java.time.Instant.now());
            }
            try {
                Files.getFileAttributeView(path, java.nio.file.attribute.BasicFileAttributeView.class).setTimes(mt, at, null);
            } catch (IOException e) {
                throw Errno.error(e, p[0]);
            }
            return PyNone.NONE;
        });
        def(m, "symlink", (a, kw) -> {
            PyObject[] p = Args.bind("symlink", a, kw, new String[] {"src", "dst", "target_is_directory", "dir_fd"}, 2);
            noDirFd(p[3]);
            try {
                Files.createSymbolicLink(os.resolve(Paths.fsPath(p[1])), Path.of(Paths.fsPath(p[0])));
            } catch (IOException e) {
                throw Errno.error(Errno.of(e), p[0], p[1]);
            }
            return PyNone.NONE;
        });
        def(m, "link", (a, kw) -> {
            PyObject[] p = Args.bind("link", a, kw, new String[] {"src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"}, 2);
            noDirFd(p[2], p[3]);
            try {
                Files.createLink(os.resolve(Paths.fsPath(p[1])), os.resolve(Paths.fsPath(p[0])));
            } catch (IOException e) {
                throw Errno.error(Errno.of(e), p[0], p[1]);
            }
            return PyNone.NONE;
        });
        def(m, "readlink", (a, kw) -> {
            PyObject[] p = Args.bind("readlink", a, kw, new String[] {"path", "dir_fd"}, 1);
            noDirFd(p[1]);
            Path path = os.resolve(Paths.fsPath(p[0]));
            if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(path)) {
                throw Errno.error(Errno.EINVAL, p[0]);
            }
            try {
                return pathResult(Files.readSymbolicLink(path).toString(), Paths.isBytes(p[0]));
            } catch (IOException e) {
                throw Errno.error(e, p[0]);
            }
        });
        def(m, "statvfs", (a, kw) -> {
            PyObject[] p = Args.bind("statvfs", a, kw, new String[] {"path"}, 1);
            Path path = p[0] instanceof PyInt ? os.get(fd(p[0])).path() : os.resolve(Paths.fsPath(p[0]));
            if (path == null) {
                throw Errno.error(Errno.EINVAL);
            }
            try {
                // what Java's FileStore knows; inode counts and flags it does not, so they are 0
                java.nio.file.FileStore store = Files.getFileStore(path);
                long bs = store.getBlockSize();
                return new PyStructSeq(STATVFS_RESULT, PyInt.of(bs), PyInt.of(bs), PyInt.of(store.getTotalSpace() / bs),
                        PyInt.of(store.getUnallocatedSpace() / bs), PyInt.of(store.getUsableSpace() / bs), PyInt.of(0),
                        PyInt.of(0), PyInt.of(0), PyInt.of(store.isReadOnly() ? 1 : 0), PyInt.of(255), PyInt.of(0));
            } catch (IOException e) {
                throw Errno.error(e, p[0]);
            } catch (UnsupportedOperationException e) {
                throw Errno.error(Errno.EINVAL, p[0]);
            }
        });
        def(m, "umask", (a, kw) -> {
            Args.check("umask", a, kw, 1, 1);
            int old = os.umask;
            os.umask = Ops.toInt(a[0]) & 0777;
            return PyInt.of(old);
        });
        def(m, "fspath", (a, kw) -> {
            PyObject[] p = Args.bind("fspath", a, kw, new String[] {"path"}, 1);
            return Paths.fspath(p[0]);
        });
        def(m, "strerror", (a, kw) -> {
            Args.check("strerror", a, kw, 1, 1);
            return new PyStr(Errno.message(Ops.toInt(a[0])));
        });

        // ---- descriptors ----
        def(m, "open", (a, kw) -> {
            PyObject[] p = Args.bind("open", a, kw, new String[] {"path", "flags", "mode", "dir_fd"}, 2);
            noDirFd(p[3]);
            int mode = p[2] == null ? 0777 : Ops.toInt(p[2]);
            return PyInt.of(os.open(Paths.fsPath(p[0]), p[0], Ops.toInt(p[1]), mode, false));
        });
        def(m, "close", (a, kw) -> {
            Args.check("close", a, kw, 1, 1);
            os.close(fd(a[0]));
            return PyNone.NONE;
        });
        def(m, "closerange", (a, kw) -> {
            Args.check("closerange", a, kw, 2, 2);
            for (int i = fd(a[0]); i < fd(a[1]); i++) {
                if (os.isOpen(i)) {
                    os.close(i);
                }
            }
            return PyNone.NONE;
        });
        def(m, "read", (a, kw) -> {
            Args.check("read", a, kw, 2, 2);
            OpenFile f = os.get(fd(a[0]));
            long n = Ops.index(a[1], null).longValueExact();
            if (n < 0) {
                throw Errno.error(Errno.EINVAL);
            }
            try {
                byte[] b = new byte[f.readLimit(n)];
                int got = f.read(b, 0, b.length);
                return new PyBytes(got == b.length ? b : Arrays.copyOf(b, Math.max(got, 0)));
            } catch (IOException e) {
                throw Errno.error(e, null);
            }
        });
        def(m, "write", (a, kw) -> {
            Args.check("write", a, kw, 2, 2);
            OpenFile f = os.get(fd(a[0]));
            byte[] b = dev.eddy.runtime.Buffers.bytesLike(a[1]);
            try {
                return PyInt.of(f.write(b, 0, b.length));
            } catch (IOException e) {
                throw Errno.error(e, null);
            }
        });
        def(m, "lseek", (a, kw) -> {
            Args.check("lseek", a, kw, 3, 3);
            OpenFile f = os.get(fd(a[0]));
            try {
                return PyInt.of(f.seek(Ops.index(a[1], null).longValueExact(), Ops.toInt(a[2])));
            } catch (IOException e) {
                throw Errno.error(e, null);
            }
        });
        def(m, "ftruncate", (a, kw) -> {
            Args.check("ftruncate", a, kw, 2, 2);
            try {
                os.get(fd(a[0])).truncate(Ops.index(a[1], null).longValueExact());
            } catch (IOException e) {
                throw Errno.error(e, null);
            }
            return PyNone.NONE;
        });
        def(m, "truncate", (a, kw) -> {
            Args.check("truncate", a, kw, 2, 2);
            if (a[0] instanceof PyInt) {
                try {
                    os.get(fd(a[0])).truncate(Ops.index(a[1], null).longValueExact());
                } catch (IOException e) {
                    throw Errno.error(e, null);
                }
                return PyNone.NONE;
            }
            Path path = os.resolve(Paths.fsPath(a[0]));
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(path, java.nio.file.StandardOpenOption.WRITE)) {
                long size = Ops.index(a[1], null).longValueExact();
                if (size < ch.size()) {
                    ch.truncate(size);
                } else if (size > ch.size()) {
                    ch.write(java.nio.ByteBuffer.wrap(new byte[1]), size - 1);
                }
            } catch (IOException e) {
                throw Errno.error(e, a[0]);
            }
            return PyNone.NONE;
        });
        PyBuiltinFunction.Body fsync = (a, kw) -> {
            Args.check("fsync", a, kw, 1, 1);
            PyObject f = a[0];
            if (!(f instanceof PyInt) && f.type().lookup("fileno") != null) {
                f = Ops.callMethod(f, "fileno");
            }
            try {
                os.get(fd(f)).sync();
            } catch (IOException e) {
                throw Errno.error(e, null);
            }
            return PyNone.NONE;
        };
        def(m, "fsync", fsync);
        def(m, "fdatasync", fsync);
        def(m, "pipe", (a, kw) -> {
            Args.check("pipe", a, kw, 0, 0);
            try {
                OpenFile[] ends = OpenFile.pipe();
                int r = os.add(ends[0]);
                int w = os.add(ends[1]);
                return new PyTuple(new PyObject[] {PyInt.of(r), PyInt.of(w)});
            } catch (IOException e) {
                throw Errno.error(e, null);
            }
        });
        def(m, "dup", (a, kw) -> {
            Args.check("dup", a, kw, 1, 1);
            return PyInt.of(os.dup(fd(a[0])));
        });
        def(m, "dup2", (a, kw) -> {
            PyObject[] p = Args.bind("dup2", a, kw, new String[] {"fd", "fd2", "inheritable"}, 2);
            return PyInt.of(os.dup2(fd(p[0]), fd(p[1]), p[2] == null || p[2].isTrue()));
        });
        def(m, "isatty", (a, kw) -> {
            Args.check("isatty", a, kw, 1, 1);
            int n = fd(a[0]);
            return PyBool.of(os.isOpen(n) && os.get(n).isTerminal());
        });
        def(m, "device_encoding", (a, kw) -> {
            Args.check("device_encoding", a, kw, 1, 1);
            int n = fd(a[0]);
            return os.isOpen(n) && os.get(n).isTerminal() ? new PyStr("UTF-8") : PyNone.NONE;
        });
        def(m, "get_inheritable", (a, kw) -> PyBool.of(os.inheritable(fd(a[0]))));
        def(m, "set_inheritable", (a, kw) -> {
            os.setInheritable(fd(a[0]), a[1].isTrue());
            return PyNone.NONE;
        });
        def(m, "get_blocking", (a, kw) -> PyBool.of(os.blocking(fd(a[0]))));
        def(m, "set_blocking", (a, kw) -> {
            os.setBlocking(fd(a[0]), a[1].isTrue());
            return PyNone.NONE;
        });

        // ---- the process ----
        def(m, "putenv", (a, kw) -> {
            Args.check("putenv", a, kw, 2, 2);
            String k = envText(a[0], "putenv");
            if (k.isEmpty() || k.indexOf('=') >= 0) {
                throw Errors.valueError("illegal environment variable name");
            }
            setProcessEnv(k, envText(a[1], "putenv"));
            return PyNone.NONE;
        });
        def(m, "unsetenv", (a, kw) -> {
            Args.check("unsetenv", a, kw, 1, 1);
            String k = envText(a[0], "unsetenv");
            if (k.isEmpty() || k.indexOf('=') >= 0) {
                throw Errors.valueError("illegal environment variable name");
            }
            setProcessEnv(k, null);
            return PyNone.NONE;
        });
        def(m, "getpid", (a, kw) -> PyInt.of(ProcessHandle.current().pid()));
        def(m, "getppid", (a, kw) -> PyInt.of(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L)));
        def(m, "getuid", (a, kw) -> PyInt.of(ids("uid")));
        def(m, "geteuid", (a, kw) -> PyInt.of(ids("uid")));
        def(m, "getgid", (a, kw) -> PyInt.of(ids("gid")));
        def(m, "getegid", (a, kw) -> PyInt.of(ids("gid")));
        def(m, "getlogin", (a, kw) -> new PyStr(System.getProperty("user.name")));
        def(m, "cpu_count", (a, kw) -> PyInt.of(Runtime.getRuntime().availableProcessors()));
        def(m, "urandom", (a, kw) -> {
            Args.check("urandom", a, kw, 1, 1);
            int n = Ops.toInt(a[0]);
            if (n < 0) {
                throw Errors.valueError("negative argument not allowed");
            }
            byte[] b = new byte[n];
            new SecureRandom().nextBytes(b);
            return new PyBytes(b);
        });
        def(m, "get_terminal_size", (a, kw) -> {
            Args.check("get_terminal_size", a, kw, 0, 1);
            int n = a.length == 0 ? 1 : fd(a[0]);
            if (!os.isOpen(n) || !os.get(n).isTerminal()) {
                throw Errno.error(25);
            }
            return new PyStructSeq(TERMINAL_SIZE, PyInt.of(80), PyInt.of(24));
        });
        def(m, "uname", (a, kw) -> {
            String host;
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                host = "localhost";
            }
            return new PyStructSeq(UNAME_RESULT, new PyStr("Linux"), new PyStr(host), new PyStr(System.getProperty("os.version")),
                    new PyStr("#1 SMP"), new PyStr(machine()));
        });
        def(m, "times", (a, kw) -> {
            java.lang.management.ThreadMXBean t = java.lang.management.ManagementFactory.getThreadMXBean();
            double cpu = t.getCurrentThreadCpuTime() / 1e9;
            double user = t.getCurrentThreadUserTime() / 1e9;
            double elapsed = System.nanoTime() / 1e9;
            return new PyStructSeq(TIMES_RESULT, new PyFloat(user), new PyFloat(cpu - user), new PyFloat(0.0), new PyFloat(0.0), new PyFloat(elapsed));
        });
        def(m, "_exit", (a, kw) -> {
            Args.check("_exit", a, kw, 1, 1);
            // ends the program with the status; unlike CPython, finally blocks and exit hooks still run
            PyBaseException e = new PyBaseException(Exceptions.SYSTEM_EXIT, new PyObject[] {a[0]});
            throw new PyException(e);
        });
        def(m, "WIFEXITED", (a, kw) -> PyBool.of((Ops.toInt(a[0]) & 0x7f) == 0));
        def(m, "WEXITSTATUS", (a, kw) -> PyInt.of((Ops.toInt(a[0]) >> 8) & 0xff));
        def(m, "WIFSIGNALED", (a, kw) -> {
            int st = Ops.toInt(a[0]);
            return PyBool.of(((st & 0x7f) + 1) >> 1 > 0 && (st & 0x7f) != 0x7f && (st & 0x7f) != 0);
        });
        def(m, "WTERMSIG", (a, kw) -> PyInt.of(Ops.toInt(a[0]) & 0x7f));
        def(m, "WIFSTOPPED", (a, kw) -> PyBool.of((Ops.toInt(a[0]) & 0xff) == 0x7f));
        def(m, "WSTOPSIG", (a, kw) -> PyInt.of((Ops.toInt(a[0]) >> 8) & 0xff));
        def(m, "waitstatus_to_exitcode", (a, kw) -> {
            Args.check("waitstatus_to_exitcode", a, kw, 1, 1);
            int st = Ops.toInt(a[0]);
            if ((st & 0x7f) == 0) {
                return PyInt.of((st >> 8) & 0xff);
            }
            if ((st & 0x7f) != 0x7f) {
                return PyInt.of(-(st & 0x7f));
            }
            throw Errors.valueError("invalid wait status: " + st);
        });
        Children.define(m, os);
        m.set("WUNTRACED", PyInt.of(2));
        m.set("WCONTINUED", PyInt.of(8));
        m.set("EX_USAGE", PyInt.of(64));
        m.set("TMP_MAX", PyInt.of(238328));
        return m;
    }

    private static double toDouble(PyObject o) {
        return o instanceof PyFloat f ? f.value : Ops.index(o, null).toDouble();
    }

    /**
     * Sets (or with null removes) a variable of the environment children inherit; the map is
     * replaced, not changed, since others may be reading it.
     */
    private static void setProcessEnv(String key, String value) {
        Sys sys = Sys.get();
        synchronized (sys) {
            java.util.Map<String, String> env = new java.util.HashMap<>(sys.env);
            if (value == null) {
                env.remove(key);
            } else {
                env.put(key, value);
            }
            sys.env = java.util.Collections.unmodifiableMap(env);
        }
    }

    private static String envText(PyObject o, String fn) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        if (o instanceof PyBytes b) {
            return BytesMethods.decode(b.bytes, "utf-8", "surrogateescape");
        }
        throw Errors.typeError(fn + "() argument must be str or bytes, not " + o.type().name);
    }

    private static long ids(String which) {
        try {
            Object v = Files.getAttribute(Path.of("/proc/self"), "unix:" + which);
            return ((Number) v).longValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 0;
        }
    }

    private static String machine() {
        String arch = System.getProperty("os.arch");
        return arch.equals("amd64") ? "x86_64" : arch.equals("aarch64") ? "aarch64" : arch;
    }

    private static PyObject stat(OsState os, PyObject[] a, String[] kw, String name, boolean follow) {
        PyObject[] p = Args.bind(name, a, kw, new String[] {"path", "dir_fd", "follow_symlinks"}, 1);
            noDirFd(p[1]);
        if (p[2] != null) {
            follow = p[2].isTrue();
        }
        if (p[0] instanceof PyInt) {
            OpenFile f = os.get(fd(p[0]));
            return f.path() == null ? StatResult.stream(f.isTerminal()) : StatResult.of(f.path(), true, null);
        }
        return StatResult.of(os.resolve(Paths.fsPath(p[0])), follow, p[0]);
    }
}
