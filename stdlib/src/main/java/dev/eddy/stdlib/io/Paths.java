package dev.eddy.stdlib.io;

import dev.eddy.runtime.BytesMethods;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;

/** Path arguments: str, bytes or an os.PathLike, as os.fspath turns them into a path. */
public final class Paths {
    private Paths() {
    }

    /** os.fspath(o): a str or bytes, or TypeError. */
    public static PyObject fspath(PyObject o) {
        if (o instanceof PyStr || o instanceof PyBytes) {
            return o;
        }
        if (o.type().lookup("__fspath__") != null) {
            PyObject r = Ops.callMethod(o, "__fspath__");
            if (r instanceof PyStr || r instanceof PyBytes) {
                return r;
            }
            throw Errors.typeError("expected " + o.type().name + ".__fspath__() to return str or bytes, not " + r.type().name);
        }
        throw Errors.typeError("expected str, bytes or os.PathLike object, not " + o.type().name);
    }

    /** The path as a Java string (bytes decoded as the file system encoding does). */
    public static String fsPath(PyObject o) {
        PyObject p = fspath(o);
        String s = p instanceof PyStr ps ? ps.value : BytesMethods.decode(((PyBytes) p).bytes, "utf-8", "surrogateescape");
        if (s.indexOf('\0') >= 0) {
            throw Errors.valueError("embedded null byte");
        }
        return s;
    }

    /** Whether a path argument was given as bytes (results are then bytes too). */
    public static boolean isBytes(PyObject o) {
        return fspath(o) instanceof PyBytes;
    }
}
