package dev.eddy.runtime;

import java.util.ArrayList;
import java.util.List;

/** Binds call arguments to a Python function's parameter slots, with CPython's error messages. */
final class ArgBinder {
    private ArgBinder() {
    }

    static void bind(PyFunction fn, PyObject[] slots, PyObject[] args, String[] kwnames) {
        Code c = fn.code;
        int npos = kwnames == null ? args.length : args.length - kwnames.length;
        int argc = c.argCount;
        String[] names = c.paramNames;
        int kwonlyStart = argc;
        int varargsSlot = c.varargs ? argc + c.kwonlyCount : -1;
        int varkwSlot = c.varkw ? argc + c.kwonlyCount + (c.varargs ? 1 : 0) : -1;
        PyDict kwdict = null;
        if (c.varkw) {
            kwdict = new PyDict();
            slots[varkwSlot] = kwdict;
        }
        int take = Math.min(npos, argc);
        System.arraycopy(args, 0, slots, 0, take);
        if (npos > argc) {
            if (!c.varargs) {
                throw tooManyPositional(fn, npos, kwnames, args);
            }
            PyObject[] extra = new PyObject[npos - argc];
            System.arraycopy(args, argc, extra, 0, extra.length);
            slots[varargsSlot] = new PyTuple(extra);
        } else if (c.varargs) {
            slots[varargsSlot] = PyTuple.EMPTY;
        }
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) {
                String kw = kwnames[k];
                PyObject v = args[npos + k];
                int idx = -1;
                for (int p = c.posonlyCount; p < argc + c.kwonlyCount; p++) {
                    if (names[p].equals(kw)) {
                        idx = p;
                        break;
                    }
                }
                if (idx < 0) {
                    if (kwdict != null) {
                        kwdict.put(new PyStr(kw), v);
                        continue;
                    }
                    boolean posonly = false;
                    for (int p = 0; p < c.posonlyCount; p++) {
                        if (names[p].equals(kw)) {
                            posonly = true;
                        }
                    }
                    if (posonly) {
                        throw Errors.typeError(fn.qualname + "() got some positional-only arguments passed as keyword arguments: '" + kw + "'");
                    }
                    throw Errors.typeError(fn.qualname + "() got an unexpected keyword argument '" + kw + "'");
                }
                if (slots[idx] != null) {
                    throw Errors.typeError(fn.qualname + "() got multiple values for argument '" + kw + "'");
                }
                slots[idx] = v;
            }
        }
        // defaults for positional parameters
        PyObject[] defaults = fn.defaults == null ? Args.EMPTY : fn.defaults;
        int firstDefault = argc - defaults.length;
        List<String> missing = null;
        for (int p = 0; p < argc; p++) {
            if (slots[p] == null) {
                if (p >= firstDefault) {
                    slots[p] = defaults[p - firstDefault];
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(names[p]);
                }
            }
        }
        if (missing != null) {
            throw missingArgs(fn, missing, "positional");
        }
        for (int p = kwonlyStart; p < kwonlyStart + c.kwonlyCount; p++) {
            if (slots[p] == null) {
                PyObject d = fn.kwDefaults == null ? null : fn.kwDefaults.get(names[p]);
                if (d != null) {
                    slots[p] = d;
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(names[p]);
                }
            }
        }
        if (missing != null) {
            throw missingArgs(fn, missing, "keyword-only");
        }
    }

    private static PyException missingArgs(PyFunction fn, List<String> missing, String kind) {
        StringBuilder sb = new StringBuilder(fn.qualname).append("() missing ").append(missing.size())
                .append(" required ").append(kind).append(" argument").append(missing.size() == 1 ? "" : "s").append(": ");
        for (int i = 0; i < missing.size(); i++) {
            if (i > 0) {
                sb.append(missing.size() == 2 ? " and " : (i == missing.size() - 1 ? ", and " : ", "));
            }
            sb.append('\'').append(missing.get(i)).append('\'');
        }
        return Errors.typeError(sb.toString());
    }

    private static PyException tooManyPositional(PyFunction fn, int given, String[] kwnames, PyObject[] args) {
        Code c = fn.code;
        int ndefaults = fn.defaults == null ? 0 : fn.defaults.length;
        int min = c.argCount - ndefaults;
        String takes;
        if (ndefaults > 0) {
            takes = "from " + min + " to " + c.argCount + " positional arguments";
        } else {
            takes = c.argCount + " positional argument" + (c.argCount == 1 ? "" : "s");
        }
        int kwGiven = 0;
        if (kwnames != null) {
            for (String k : kwnames) {
                for (int p = c.argCount; p < c.argCount + c.kwonlyCount; p++) {
                    if (c.paramNames[p].equals(k)) {
                        kwGiven++;
                    }
                }
            }
        }
        String msg = fn.qualname + "() takes " + takes + " but ";
        if (kwGiven > 0) {
            msg += given + " positional argument" + (given == 1 ? "" : "s") + " (and " + kwGiven + " keyword-only argument"
                    + (kwGiven == 1 ? "" : "s") + ") were given";
        } else {
            msg += given + (given == 1 ? " was given" : " were given");
        }
        return Errors.typeError(msg);
    }
}
