package dev.eddy.runtime;

import java.util.ArrayList;
import java.util.List;

/** An instance of BaseException or a subclass, builtin or user-defined. */
public class PyBaseException extends PyInstance {
    public PyTuple args;
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;
    /** Innermost entry first, in the order the exception passed through frames. */
    public List<TracebackEntry> traceback;
    public PyList notes;

    public PyBaseException(PyType type, PyObject[] args) {
        super(type);
        this.args = new PyTuple(args);
    }

    /** The frame the last traceback entry was made for: a frame is listed once per pass. */
    private Frame lastFrame;
    /**
     * The innermost expression this exception passed through since it last left a frame
     * (see {@link #notePosition}); the next traceback entry takes it.
     */
    private CodePosition pendingPosition;

    /**
     * Notes that this exception passed through the expression at {@code p}; only the first,
     * innermost one counts until a traceback entry takes it.
     */
    public void notePosition(CodePosition p) {
        if (pendingPosition == null) {
            pendingPosition = p;
        }
    }

    /** Sets __context__ to the exception being handled, unless that is this one or would make a cycle. */
    public void setContext(PyBaseException handled) {
        if (handled == null || handled == this) {
            return;
        }
        // break cycles: if this is already in handled's context chain, cut it there
        for (PyBaseException o = handled; o != null; o = o.context) {
            if (o.context == this) {
                o.context = null;
                break;
            }
        }
        context = handled;
    }

    /** Records that this exception passed through frame {@code f} at its current line. */
    public void addTraceback(Frame f) {
        CodePosition p = pendingPosition;
        pendingPosition = null;
        if (f == lastFrame) {
            return;
        }
        if (lastFrame == null && context == null) {
            // first seen in the frame it was raised in: like CPython at raise time, chain it to the
            // exception being handled there (a raise statement has done so already)
            setContext(ThreadState.current().handled);
        }
        lastFrame = f;
        // the expression's own line, as CPython's instruction line: in a multi-line statement, or
        // after a finally block ran, the frame's current line may be another
        int line = p != null ? p.line() : f.line;
        addTraceback(new TracebackEntry(f.code.filename(), line, f.code.name, f.code.source, f, p));
    }

    public void addTraceback(TracebackEntry e) {
        if (traceback == null) {
            traceback = new ArrayList<>();
        }
        traceback.add(e);
    }

    /** The Java throwable to raise this exception with. */
    public PyException toThrowable() {
        return new PyException(this);
    }

    /** BaseException.__str__: '' for no args, str(arg) for one, str(args) for several. */
    public PyStr defaultStr() {
        PyObject[] a = args.items;
        if (a.length == 0) {
            return PyStr.EMPTY;
        }
        if (a.length == 2 && type.isSubtypeOf(Exceptions.OS_ERROR)) {
            String s = "[Errno " + a[0].str().value + "] " + a[1].str().value;
            PyObject filename = dict == null ? null : dict.get("filename");
            if (filename != null && filename != PyNone.NONE) {
                s += ": " + filename.repr().value;
                PyObject filename2 = dict.get("filename2");
                if (filename2 != null && filename2 != PyNone.NONE) {
                    s += " -> " + filename2.repr().value;
                }
            }
            return new PyStr(s);
        }
        if (a.length == 2 && type.isSubtypeOf(Exceptions.SYNTAX_ERROR) && a[1] instanceof PyTuple details && details.items.length >= 2) {
            // "msg (file.py, line 3)", as CPython's SyntaxError.__str__
            PyObject file = details.items[0];
            PyObject line = details.items[1];
            String name = file instanceof PyStr f ? f.value.substring(f.value.lastIndexOf('/') + 1) : null;
            boolean hasLine = line instanceof PyInt;
            if (name != null && hasLine) {
                return new PyStr(a[0].str().value + " (" + name + ", line " + line.str().value + ")");
            }
            if (name != null) {
                return new PyStr(a[0].str().value + " (" + name + ")");
            }
            if (hasLine) {
                return new PyStr(a[0].str().value + " (line " + line.str().value + ")");
            }
            return a[0].str();
        }
        if (type.isSubtypeOf(Exceptions.SYNTAX_ERROR) && dict != null && dict.get("msg") != null) {
            // SyntaxError.__str__: "msg (file, line n)"
            PyObject msg = dict.get("msg");
            PyObject file = dict.get("filename");
            PyObject line = dict.get("lineno");
            String where = file instanceof PyStr fs ? fs.value.substring(fs.value.lastIndexOf('/') + 1) : null;
            String l = line instanceof PyInt li ? li.toString() : null;
            String m = msg.str().value;
            if (where != null && l != null) {
                return new PyStr(m + " (" + where + ", line " + l + ")");
            }
            if (where != null) {
                return new PyStr(m + " (" + where + ")");
            }
            return l != null ? new PyStr(m + " (line " + l + ")") : new PyStr(m);
        }
        if (a.length == 1) {
            if (type.isSubtypeOf(Exceptions.KEY_ERROR)) {
                return a[0].repr();
            }
            return a[0].str();
        }
        return args.repr();
    }

    @Override
    protected PyObject specialAttr(String name) {
        switch (name) {
            case "args": return args;
            case "__cause__": return cause == null ? PyNone.NONE : cause;
            case "__context__": return context == null ? PyNone.NONE : context;
            case "__suppress_context__": return PyBool.of(suppressContext);
            case "__traceback__": return traceback == null ? PyNone.NONE : new PyTraceback(this);
            case "__notes__": return notes;
            case "value":
                if (type.isSubtypeOf(Exceptions.STOP_ITERATION) || type.isSubtypeOf(Exceptions.STOP_ASYNC_ITERATION)) {
                    return args.items.length > 0 ? args.items[0] : PyNone.NONE;
                }
                return null;
            case "code":
                if (type.isSubtypeOf(Exceptions.SYSTEM_EXIT)) {
                    return args.items.length == 0 ? PyNone.NONE : args.items.length == 1 ? args.items[0] : args;
                }
                return null;
            case "name":
            case "path":
                return type.isSubtypeOf(Exceptions.IMPORT_ERROR) ? PyNone.NONE : null;
            case "msg":
                if (type.isSubtypeOf(Exceptions.IMPORT_ERROR)) {
                    return args.items.length == 1 ? args.items[0] : PyNone.NONE;
                }
                return null;
            case "errno":
            case "strerror":
                if (type.isSubtypeOf(Exceptions.OS_ERROR)) {
                    int i = name.equals("errno") ? 0 : 1;
                    return args.items.length >= 2 ? args.items[i] : PyNone.NONE;
                }
                return null;
            case "filename":
            case "filename2":
                return type.isSubtypeOf(Exceptions.OS_ERROR) ? PyNone.NONE : null;
            default:
                return super.specialAttr(name);
        }
    }

    @Override
    public void storeAttr(String name, PyObject value) {
        switch (name) {
            case "args":
                args = new PyTuple(Ops.toArray(value));
                return;
            case "__cause__":
                if (value != PyNone.NONE && !(value instanceof PyBaseException)) {
                    throw Errors.typeError("exception cause must be None or derive from BaseException");
                }
                cause = value == PyNone.NONE ? null : (PyBaseException) value;
                suppressContext = true;
                return;
            case "__context__":
                context = value == PyNone.NONE ? null : (PyBaseException) value;
                return;
            case "__suppress_context__":
                suppressContext = value.isTrue();
                return;
            case "__traceback__":
                if (value == PyNone.NONE) {
                    traceback = null;
                }
                return;
            case "__notes__":
                notes = value instanceof PyList l ? l : null;
                return;
            default:
                super.storeAttr(name, value);
        }
    }

    /** The message CPython prints after "ExceptionName: ". */
    public String message() {
        return str().value;
    }
}
