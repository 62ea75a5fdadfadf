package dev.eddy.stdlib.io;

import dev.eddy.builtins.IoBase;
import dev.eddy.builtins.BuiltinsModule;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.Shutdown;
import dev.eddy.runtime.Sys;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.WeakHashMap;

/**
 * One interpreter's view of the operating system's per-process state: its table of file
 * descriptors (0, 1 and 2 are the standard streams, new ones take the lowest free number),
 * its working directory and its umask; and the buffered files to flush when the program ends.
 */
public final class OsState {
    /** The state of each interpreter, keyed by its builtins module. */

    private final TreeMap<Integer, OpenFile> fds = new TreeMap<>();
    private final java.util.HashSet<Integer> inheritable = new java.util.HashSet<>();
    private final java.util.HashSet<Integer> nonBlocking = new java.util.HashSet<>();
    private Path cwd;
    public int umask = 022;
    private final List<WeakReference<IoBase.PyIOBase>> toFlush = new ArrayList<>();

    private OsState() {
        Sys sys = Sys.get();
        cwd = sys.workingDirectory.toAbsolutePath().normalize();
        StreamChannel in = new StreamChannel(sys.stdin, null);
        StreamChannel out = new StreamChannel(null, sys.stdout);
        StreamChannel err = new StreamChannel(null, sys.stderr);
        boolean console = System.console() != null;
        install(0, new OpenFile(in, true, false, false, null, console && sys.stdin == System.in));
        install(1, new OpenFile(out, false, true, false, null, console && sys.stdout == System.out));
        install(2, new OpenFile(err, false, true, false, null, console && sys.stderr == System.err));
        Shutdown.register(this::flushAll);
    }

    /** The state of the running interpreter. */
    public static OsState current() {
        return dev.eddy.runtime.InterpreterState.current().extension(OsState.class, OsState::new);
    }

    // ---- working directory --------------------------------------------------------------

    public Path cwd() {
        return cwd;
    }

    public void chdir(Path dir) {
        cwd = dir.toAbsolutePath().normalize();
    }

    /** A path as the program gave it, made absolute against the working directory. */
    public Path resolve(String path) {
        return cwd.resolve(path);
    }

    // ---- descriptors --------------------------------------------------------------------

    private void install(int fd, OpenFile f) {
        f.retain();
        fds.put(fd, f);
    }

    /** Gives {@code f} the lowest free descriptor. */
    public int add(OpenFile f) {
        int fd = 0;
        while (fds.containsKey(fd)) {
            fd++;
        }
        install(fd, f);
        return fd;
    }

    /** The open file behind {@code fd}; EBADF when there is none. */
    public OpenFile get(int fd) {
        OpenFile f = fds.get(fd);
        if (f == null) {
            throw Errno.error(Errno.EBADF);
        }
        return f;
    }

    public boolean isOpen(int fd) {
        return fds.containsKey(fd);
    }

    /**
     * open(2) on a path: the new descriptor. {@code shown} is the path as the program gave it,
     * for the error message; {@code fileIO} refuses directories as FileIO does.
     */
    public int open(String path, PyObject shown, int flags, int mode, boolean fileIO) {
        Path p = resolve(path);
        int acc = flags & PosixFlags.O_ACCMODE;
        boolean rd = acc == PosixFlags.O_RDONLY || acc == PosixFlags.O_RDWR;
        boolean wr = acc == PosixFlags.O_WRONLY || acc == PosixFlags.O_RDWR;
        java.util.Set<java.nio.file.OpenOption> opts = new java.util.HashSet<>();
        if (rd) {
            opts.add(java.nio.file.StandardOpenOption.READ);
        }
        if (wr) {
            opts.add(java.nio.file.StandardOpenOption.WRITE);
        }
        if ((flags & PosixFlags.O_CREAT) != 0) {
            opts.add((flags & PosixFlags.O_EXCL) != 0 ? java.nio.file.StandardOpenOption.CREATE_NEW
                    : java.nio.file.StandardOpenOption.CREATE);
        }
        if ((flags & PosixFlags.O_TRUNC) != 0 && wr) {
            opts.add(java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        }
        if ((flags & PosixFlags.O_NOFOLLOW) != 0) {
            opts.add(java.nio.file.LinkOption.NOFOLLOW_LINKS);
        }
        boolean isDir = java.nio.file.Files.isDirectory(p);
        if (isDir && (wr || fileIO)) {
            throw Errno.error(Errno.EISDIR, shown);
        }
        if ((flags & PosixFlags.O_DIRECTORY) != 0 && !isDir) {
            throw Errno.error(java.nio.file.Files.exists(p) ? Errno.ENOTDIR : Errno.ENOENT, shown);
        }
        if ((flags & PosixFlags.O_CREAT) != 0 && (flags & PosixFlags.O_EXCL) != 0
                && java.nio.file.Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw Errno.error(Errno.EEXIST, shown);
        }
        try {
            java.nio.channels.FileChannel ch;
            if ((flags & PosixFlags.O_CREAT) != 0 && !java.nio.file.Files.exists(p)) {
                ch = java.nio.channels.FileChannel.open(p, opts,
                        java.nio.file.attribute.PosixFilePermissions.asFileAttribute(Modes.permissions(mode & ~umask)));
            } else {
                ch = java.nio.channels.FileChannel.open(p, opts);
            }
            return add(new OpenFile(ch, rd, wr, (flags & PosixFlags.O_APPEND) != 0, p, false));
        } catch (IOException e) {
            throw Errno.error(e, shown);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            throw Errno.error(Errno.EINVAL, shown);
        }
    }

    /** close(2). */
    public void close(int fd) {
        OpenFile f = fds.remove(fd);
        if (f == null) {
            throw Errno.error(Errno.EBADF);
        }
        inheritable.remove(fd);
        nonBlocking.remove(fd);
        try {
            f.release();
        } catch (IOException e) {
            throw Errno.error(e, null);
        }
    }

    /** dup(2): the lowest free descriptor, sharing the open file. */
    public int dup(int fd) {
        return add(get(fd));
    }

    /** dup2(2). */
    public int dup2(int fd, int target, boolean inheritable) {
        OpenFile f = get(fd);
        if (fd == target) {
            return target;
        }
        if (fds.containsKey(target)) {
            close(target);
        }
        install(target, f);
        setInheritable(target, inheritable);
        return target;
    }

    public boolean inheritable(int fd) {
        get(fd);
        return inheritable.contains(fd);
    }

    public void setInheritable(int fd, boolean on) {
        get(fd);
        if (on) {
            inheritable.add(fd);
        } else {
            inheritable.remove(fd);
        }
    }

    public boolean blocking(int fd) {
        get(fd);
        return !nonBlocking.contains(fd);
    }

    public void setBlocking(int fd, boolean on) {
        get(fd);
        if (on) {
            nonBlocking.remove(fd);
        } else {
            nonBlocking.add(fd);
        }
    }

    // ---- flushing at exit ---------------------------------------------------------------

    /** Remembers a buffered stream to flush if the program ends without closing it. */
    void flushAtExit(IoBase.PyIOBase stream) {
        toFlush.removeIf(r -> r.get() == null || r.get().isClosed());
        toFlush.add(new WeakReference<>(stream));
    }

    private void flushAll() {
        // text wrappers first: they flush into their buffers
        List<IoBase.PyIOBase> streams = new ArrayList<>();
        for (WeakReference<IoBase.PyIOBase> r : toFlush) {
            IoBase.PyIOBase s = r.get();
            if (s != null && !s.isClosed()) {
                streams.add(s);
            }
        }
        toFlush.clear();
        streams.sort((a, b) -> Boolean.compare(!(a instanceof TextIOWrapper), !(b instanceof TextIOWrapper)));
        for (IoBase.PyIOBase s : streams) {
            try {
                s.flushQuietly();
            } catch (RuntimeException ignored) {
                // CPython ignores errors flushing files at exit too
            }
        }
    }
}
