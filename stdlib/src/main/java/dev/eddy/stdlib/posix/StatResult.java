package dev.eddy.stdlib.posix;

import dev.eddy.runtime.CompareOp;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNotImplemented;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;
import dev.eddy.stdlib.io.Errno;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

/**
 * os.stat_result: a 10-item tuple (mode, ino, dev, nlink, uid, gid, size and whole-second
 * times) with named fields, plus nine fields only attributes reach: the float times, the
 * nanosecond times, st_blksize, st_blocks and st_rdev. As CPython's, it can be made from a
 * sequence of 10 to 19 items; a float time left out is the whole-second one.
 */
public final class StatResult extends PyObject {
    static final String[] FIELDS = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
        "st_atime", "st_mtime", "st_ctime"};
    /** The fields past the tuple, in CPython's order. */
    static final String[] EXTRA_FIELDS = {"st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
        "st_blksize", "st_blocks", "st_rdev"};
    public static final PyType TYPE = PyType.builtin("stat_result", PyType.OBJECT, (cls, a, kw) -> fromSequence(a, kw));

    static {
        TYPE.module = "os";
        TYPE.dict.put("n_sequence_fields", PyInt.of(10));
        TYPE.dict.put("n_fields", PyInt.of(19));
        TYPE.dict.put("n_unnamed_fields", PyInt.of(3));
        TYPE.def("__len__", (a, kw) -> PyInt.of(10));
        TYPE.def("__getitem__", (a, kw) -> a[0].getItem(a[1]));
        TYPE.def("__iter__", (a, kw) -> a[0].iter());
    }

    final PyTuple tuple;
    /** Values of {@link #EXTRA_FIELDS}; None where not given. */
    private final PyObject[] extra;

    private StatResult(PyTuple tuple, PyObject[] extra) {
        this.tuple = tuple;
        this.extra = extra;
    }

    private StatResult(long mode, long ino, long dev, long nlink, long uid, long gid, long size, long rdev, FileTime[] times) {
        PyObject[] items = new PyObject[10];
        long[] v = {mode, ino, dev, nlink, uid, gid, size};
        for (int i = 0; i < 7; i++) {
            items[i] = PyInt.of(v[i]);
        }
        extra = new PyObject[EXTRA_FIELDS.length];
        for (int i = 0; i < 3; i++) {
            java.time.Instant t = times[i].toInstant();
            long ns = t.getEpochSecond() * 1_000_000_000L + t.getNano();
            items[7 + i] = PyInt.of(Math.floorDiv(ns, 1_000_000_000L));
            extra[i] = new PyFloat(ns / 1e9);
            extra[3 + i] = PyInt.of(ns);
        }
        extra[6] = PyInt.of(4096);
        extra[7] = PyInt.of((size + 4095) / 4096 * 8);
        extra[8] = PyInt.of(rdev);
        tuple = new PyTuple(items);
    }

    /** os.stat_result(sequence): 10 to 19 items. */
    private static StatResult fromSequence(PyObject[] a, String[] kw) {
        dev.eddy.runtime.Args.check("stat_result", a, kw, 1, 1);
        PyObject[] items = dev.eddy.runtime.Ops.toArray(a[0]);
        if (items.length < 10) {
            throw dev.eddy.runtime.Errors.typeError("os.stat_result() takes an at least 10-sequence (" + items.length + "-sequence given)");
        }
        if (items.length > 19) {
            throw dev.eddy.runtime.Errors.typeError("os.stat_result() takes an at most 19-sequence (" + items.length + "-sequence given)");
        }
        PyObject[] extra = new PyObject[EXTRA_FIELDS.length];
        for (int i = 0; i < extra.length; i++) {
            extra[i] = 10 + i < items.length ? items[10 + i] : dev.eddy.runtime.PyNone.NONE;
        }
        return new StatResult(new PyTuple(java.util.Arrays.copyOf(items, 10)), extra);
    }

    /** stat(2) or lstat(2) of a path; OSError naming {@code shown} when it fails. */
    static StatResult of(Path p, boolean follow, PyObject shown) {
        LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        try {
            Map<String, Object> a = Files.readAttributes(p, "unix:*", opts);
            return new StatResult(((Number) a.get("mode")).longValue(), ((Number) a.get("ino")).longValue(),
                    ((Number) a.get("dev")).longValue(), ((Number) a.get("nlink")).longValue(),
                    ((Number) a.get("uid")).longValue(), ((Number) a.get("gid")).longValue(),
                    ((Number) a.get("size")).longValue(), ((Number) a.get("rdev")).longValue(),
                    new FileTime[] {(FileTime) a.get("lastAccessTime"), (FileTime) a.get("lastModifiedTime"), (FileTime) a.get("ctime")});
        } catch (IOException e) {
            throw Errno.error(e, shown);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            throw Errno.error(Errno.EIO, shown);
        }
    }

    /** What fstat reports for a pipe or terminal: a FIFO (or character device) with times of now. */
    static StatResult stream(boolean tty) {
        FileTime now = FileTime.fromMillis(System.currentTimeMillis());
        return new StatResult(tty ? 0020620 : 0010600, 0, 0, 1, 0, 0, 0, 0, new FileTime[] {now, now, now});
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject lookupAttr(String name) {
        for (int i = 0; i < 7; i++) {
            if (FIELDS[i].equals(name)) {
                return tuple.items[i];
            }
        }
        for (int i = 0; i < EXTRA_FIELDS.length; i++) {
            if (EXTRA_FIELDS[i].equals(name)) {
                // a float time not given is the whole-second one, as CPython fills it
                return i < 3 && extra[i] == dev.eddy.runtime.PyNone.NONE ? tuple.items[7 + i] : extra[i];
            }
        }
        return super.lookupAttr(name);
    }

    @Override
    public int len() {
        return 10;
    }

    @Override
    public PyObject getItem(PyObject key) {
        return tuple.getItem(key);
    }

    @Override
    public PyObject iter() {
        return tuple.iter();
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        PyTuple o = other instanceof StatResult s ? s.tuple : other instanceof PyTuple t ? t : null;
        return o == null ? PyNotImplemented.INSTANCE : tuple.richCompare(o, op);
    }

    @Override
    public long hash() {
        return tuple.hash();
    }

    @Override
    public PyStr repr() {
        StringBuilder sb = new StringBuilder("os.stat_result(");
        for (int i = 0; i < 10; i++) {
            sb.append(i > 0 ? ", " : "").append(FIELDS[i]).append('=').append(tuple.items[i].repr().value);
        }
        return new PyStr(sb.append(')').toString());
    }
}
