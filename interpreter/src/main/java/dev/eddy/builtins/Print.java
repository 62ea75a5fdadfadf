package dev.eddy.builtins;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;

/** print() and input(). */
public final class Print {
    private Print() {
    }

    /** print(*objects, sep=' ', end='\n', file=None, flush=False). */
    public static PyObject print(PyObject[] a, String[] kw) {
        int npos = a.length;
        PyObject sep = null;
        PyObject end = null;
        PyObject file = null;
        PyObject flush = null;
        if (kw != null) {
            npos -= kw.length;
            for (int k = 0; k < kw.length; k++) {
                PyObject v = a[npos + k];
                switch (kw[k]) {
                    case "sep": sep = v; break;
                    case "end": end = v; break;
                    case "file": file = v; break;
                    case "flush": flush = v; break;
                    default: throw Errors.typeError("'" + kw[k] + "' is an invalid keyword argument for print()");
                }
            }
        }
        if (file == null || file == PyNone.NONE) {
            file = StdStreams.stdout();
            if (file == null || file == PyNone.NONE) {
                return PyNone.NONE;
            }
        }
        String sepS = text(sep, " ", "sep");
        String endS = text(end, "\n", "end");
        if (file instanceof PyTextStream ts) {
            if (npos == 1) {
                ts.write(str(a[0]));
                ts.write(endS);
            } else {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < npos; i++) {
                    if (i > 0) {
                        sb.append(sepS);
                    }
                    sb.append(str(a[i]));
                }
                ts.write(sb.append(endS).toString());
            }
        } else {
            PyObject write = file.getAttr("write");
            PyStr sepP = sep instanceof PyStr s ? s : new PyStr(sepS);
            for (int i = 0; i < npos; i++) {
                if (i > 0) {
                    write.call(sepP);
                }
                write.call(a[i].getClass() == PyStr.class ? a[i] : a[i].str());
            }
            write.call(end instanceof PyStr s ? s : new PyStr(endS));
        }
        if (flush != null && flush.isTrue()) {
            StdStreams.flush(file);
        }
        return PyNone.NONE;
    }

    private static String str(PyObject o) {
        return o.getClass() == PyStr.class ? ((PyStr) o).value : o.str().value;
    }

    private static String text(PyObject v, String dflt, String what) {
        if (v == null || v == PyNone.NONE) {
            return dflt;
        }
        if (v instanceof PyStr s) {
            return s.value;
        }
        throw Errors.typeError(what + " must be None or a string, not " + v.type().name);
    }

    /** input(prompt=''): the prompt goes to stdout (flushed), a line comes from stdin without its newline. */
    public static PyObject input(PyObject[] a, String[] kw) {
        Kw.none("input", kw);
        Args.check("input", a, kw, 0, 1);
        PyObject in = StdStreams.stdin();
        PyObject out = StdStreams.stdout();
        if (in == null || in == PyNone.NONE) {
            throw Errors.runtimeError("input(): lost sys.stdin");
        }
        if (out == null || out == PyNone.NONE) {
            throw Errors.runtimeError("input(): lost sys.stdout");
        }
        StdStreams.flushQuietly(StdStreams.stderr());
        if (a.length == 1) {
            String prompt = str(a[0]);
            if (out instanceof PyTextStream ts) {
                ts.write(prompt);
            } else {
                Ops.callMethod(out, "write", new PyStr(prompt));
            }
        }
        StdStreams.flushQuietly(out);
        String line;
        if (in instanceof PyTextStream ts) {
            // other threads run while this one waits for a line
            dev.eddy.runtime.Gil gil = dev.eddy.runtime.InterpreterState.current().gil;
            boolean released = gil.release();
            try {
                line = ts.readLine(-1);
            } finally {
                gil.reacquire(released);
            }
        } else {
            PyObject r = Ops.callMethod(in, "readline");
            if (!(r instanceof PyStr s)) {
                throw Errors.typeError("object.readline() returned non-string");
            }
            line = s.value;
        }
        if (line.isEmpty()) {
            throw Errors.of(Exceptions.EOF_ERROR, "EOF when reading a line");
        }
        if (line.endsWith("\n")) {
            line = line.substring(0, line.length() - 1);
        }
        return new PyStr(line);
    }
}
