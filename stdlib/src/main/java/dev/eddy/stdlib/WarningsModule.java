package dev.eddy.stdlib;

import dev.eddy.builtins.Kw;
import dev.eddy.builtins.StdStreams;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.CallSite;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Frame;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyInstance;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The warnings module: warn() prints {@code file:line: Category: message} to stderr, once
 * per place by default; filters (simplefilter, filterwarnings) and catch_warnings(record=True).
 */
public final class WarningsModule implements ModuleProvider {
    /** Where a warning is attributed: the frame {@code stacklevel} levels up from the caller of warn(). */
    private record Location(String filename, int lineno, String source) {
        static Location of(int stacklevel) {
            Frame f = CallSite.current();
            for (int i = 1; i < stacklevel && f != null; i++) {
                f = f.back;
            }
            if (f == null) {
                return new Location("sys", 1, null);
            }
            return new Location(f.code.filename(), f.line, f.code.source == null ? null : f.code.source.line(f.line));
        }
    }

    static final PyType WARNING_MESSAGE = Mod.type("warnings", "WarningMessage", null, null);
    static final PyType CATCH_WARNINGS = Mod.type("warnings", "catch_warnings", null, (cls, a, kw) -> {
        PyObject[] k = Kw.only("catch_warnings", a, kw, "record", "module", "action", "category", "lineno", "append");
        PyInstance cw = new PyInstance(WarningsModule.CATCH_WARNINGS);
        cw.storeAttr("_record", k[0] == null ? dev.eddy.runtime.PyBool.FALSE : k[0]);
        return cw;
    });

    private record Filter(String action, Pattern message, PyType category) {
    }

    private static final class State {
        List<Filter> filters = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        PyList record;
    }

    /** The warnings state of one interpreter: the filters in force and those catch_warnings saved. */
    private static final class PerInterpreter {
        State state = new State();
        final ArrayList<State> saved = new ArrayList<>();
    }

    private static PerInterpreter here() {
        return dev.eddy.runtime.InterpreterState.current().extension(PerInterpreter.class, PerInterpreter::new);
    }

    static {
        CATCH_WARNINGS.def("__enter__", (a, kw) -> {
            State s = new State();
            s.filters = new ArrayList<>(here().state.filters);
            s.record = here().state.record;
            here().saved.add(here().state);
            here().state = s;
            PyObject rec = ((PyInstance) a[0]).dict.get("_record");
            if (rec != null && rec.isTrue()) {
                here().state.record = new PyList();
                return here().state.record;
            }
            return PyNone.NONE;
        });
        CATCH_WARNINGS.def("__exit__", (a, kw) -> {
            if (!here().saved.isEmpty()) {
                here().state = here().saved.remove(here().saved.size() - 1);
            }
            return PyNone.NONE;
        });
    }

    @Override
    public String name() {
        return "warnings";
    }

    private static void defaults() {
        here().state = new State();
        here().saved.clear();
        here().state.filters.add(new Filter("ignore", null, Exceptions.PENDING_DEPRECATION_WARNING));
        here().state.filters.add(new Filter("ignore", null, Exceptions.IMPORT_WARNING));
        here().state.filters.add(new Filter("ignore", null, Exceptions.RESOURCE_WARNING));
        for (String option : dev.eddy.runtime.Sys.get().flags.warnOptions()) {
            try {
                addOption(option);
            } catch (PyException e) {
                PyObject err = StdStreams.stderr();
                if (err != null && err != PyNone.NONE) {
                    Ops.callMethod(err, "write", new PyStr("Invalid -W option ignored: " + e.value.str().value + "\n"));
                }
            }
        }
    }

    /**
     * One -W (or PYTHONWARNINGS) option, {@code action:message:category:module:lineno}, put in
     * front of the filters as CPython's start-up does. The module and line fields are checked
     * but not matched on (Eddy's filters select by message and category).
     */
    private static void addOption(String option) {
        String[] parts = option.split(":", -1);
        if (parts.length > 5) {
            throw Errors.valueError("too many fields (max 5): " + PyStr.repr(option));
        }
        String[] f = new String[5];
        for (int i = 0; i < 5; i++) {
            f[i] = i < parts.length ? parts[i].strip() : "";
        }
        String action = actionNamed(f[0]);
        PyType category = Exceptions.WARNING;
        if (!f[2].isEmpty()) {
            PyObject c = null;
            int dot = f[2].lastIndexOf('.');
            if (dot < 0) {
                c = dev.eddy.runtime.Importer.current().importModule("builtins").lookupAttr(f[2]);
            } else {
                try {
                    c = dev.eddy.runtime.Importer.current().importModule(f[2].substring(0, dot)).lookupAttr(f[2].substring(dot + 1));
                } catch (PyException e) {
                    throw Errors.valueError("invalid module name: " + PyStr.repr(f[2].substring(0, dot)));
                }
            }
            if (c == null) {
                throw Errors.valueError("unknown warning category: " + PyStr.repr(f[2]));
            }
            if (!(c instanceof PyType t) || !t.isSubtypeOf(Exceptions.WARNING)) {
                throw Errors.valueError("invalid warning category: " + PyStr.repr(f[2]));
            }
            category = t;
        }
        if (!f[4].isEmpty()) {
            try {
                if (Integer.parseInt(f[4]) < 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                throw Errors.valueError("invalid lineno " + PyStr.repr(f[4]));
            }
        }
        addFilter(action, f[1].isEmpty() ? null : Pattern.quote(f[1]), category, false);
    }

    /** An action name or its abbreviation, as -W accepts them. */
    private static String actionNamed(String a) {
        if (a.isEmpty()) {
            return "default";
        }
        if (a.equals("all")) {
            return "always";
        }
        for (String name : new String[] {"default", "always", "ignore", "module", "once", "error"}) {
            if (name.startsWith(a)) {
                return name;
            }
        }
        throw Errors.valueError("invalid action: " + PyStr.repr(a));
    }

    private static PyType category(PyObject c) {
        if (c == null || c == PyNone.NONE) {
            return Exceptions.WARNING;
        }
        if (!(c instanceof PyType t) || !t.isSubtypeOf(Exceptions.WARNING)) {
            throw Errors.typeError("category must be a Warning subclass, not '" + c.type().name + "'");
        }
        return t;
    }

    private static void addFilter(String action, String message, PyType category, boolean append) {
        switch (action) {
            case "error", "ignore", "always", "default", "module", "once" -> { }
            default -> throw Errors.valueError("invalid action: " + PyStr.repr(action));
        }
        Pattern p = message == null || message.isEmpty() ? null : Pattern.compile(message, Pattern.CASE_INSENSITIVE);
        Filter f = new Filter(action, p, category);
        here().state.filters.remove(f);
        if (append) {
            here().state.filters.add(f);
        } else {
            here().state.filters.add(0, f);
        }
    }

    /** warnings.warn. */
    public static void warn(PyObject message, PyObject categoryArg, int stacklevel) {
        warn(message, categoryArg, stacklevel, null);
    }

    /** warn(), or warn_explicit() when {@code explicit} gives the location. */
    private static void warn(PyObject message, PyObject categoryArg, int stacklevel, Location explicit) {
        PyType category;
        PyObject msg;
        if (message instanceof PyBaseException e && e.type().isSubtypeOf(Exceptions.WARNING)) {
            category = e.type();
            msg = e;
        } else {
            category = categoryArg == null || categoryArg == PyNone.NONE ? Exceptions.USER_WARNING : category(categoryArg);
            msg = category.call(message);
        }
        String text = msg.str().value;
        String action = "default";
        for (Filter f : here().state.filters) {
            if (category.isSubtypeOf(f.category) && (f.message == null || f.message.matcher(text).lookingAt())) {
                action = f.action;
                break;
            }
        }
        Location loc = explicit != null ? explicit : Location.of(stacklevel);
        switch (action) {
            case "ignore":
                return;
            case "error":
                throw new PyException((PyBaseException) msg);
            case "once":
            case "module":
            case "default":
                String key = text + "\u0000" + category.name + ("default".equals(action) ? "\u0000" + loc.filename + ":" + loc.lineno : "");
                if (!here().state.shown.add(key)) {
                    return;
                }
                break;
            default:
                break;
        }
        if (here().state.record != null) {
            PyInstance w = new PyInstance(WARNING_MESSAGE);
            w.storeAttr("message", msg);
            w.storeAttr("category", category);
            w.storeAttr("filename", new PyStr(loc.filename));
            w.storeAttr("lineno", PyInt.of(loc.lineno));
            w.storeAttr("file", PyNone.NONE);
            w.storeAttr("line", PyNone.NONE);
            w.storeAttr("source", PyNone.NONE);
            here().state.record.append(w);
            return;
        }
        PyObject err = StdStreams.stderr();
        if (err != null && err != PyNone.NONE) {
            // no source line for -c and stdin programs: CPython's linecache cannot read "<string>"
            boolean noFile = loc.filename.startsWith("<") && loc.filename.endsWith(">");
            String line = noFile || loc.source == null || loc.source.isBlank() ? "" : "  " + loc.source.strip() + "\n";
            Ops.callMethod(err, "write", new PyStr(loc.filename + ":" + loc.lineno + ": " + category.name + ": " + text + "\n" + line));
        }
    }

    /** formatwarning(): "file:line: Category: message", then the source line when one is given. */
    private static String format(PyObject message, PyObject category, PyObject filename, PyObject lineno, PyObject line) {
        String name = category instanceof PyType t ? t.name : category.str().value;
        StringBuilder sb = new StringBuilder();
        sb.append(filename.str().value).append(':').append(lineno.str().value).append(": ").append(name).append(": ")
                .append(message.str().value).append('\n');
        if (line != null && line != PyNone.NONE && !line.str().value.isBlank()) {
            sb.append("  ").append(line.str().value.strip()).append('\n');
        }
        return sb.toString();
    }

    @Override
    public PyModule create() {
        defaults();
        PyModule m = new PyModule("warnings");
        Mod.def(m, "warn", (a, kw) -> {
            PyObject[] p = Args.bind("warn", a, kw, new String[] {"message", "category", "stacklevel", "source"}, 1);
            warn(p[0], p[1], p[2] == null ? 1 : Ops.toInt(p[2]));
            return PyNone.NONE;
        });
        Mod.def(m, "simplefilter", (a, kw) -> {
            PyObject[] p = Args.bind("simplefilter", a, kw, new String[] {"action", "category", "lineno", "append"}, 1);
            addFilter(Mod.str(p[0], "action"), null, category(p[1]), p[3] != null && p[3].isTrue());
            return PyNone.NONE;
        });
        Mod.def(m, "filterwarnings", (a, kw) -> {
            PyObject[] p = Args.bind("filterwarnings", a, kw, new String[] {"action", "message", "category", "module", "lineno", "append"}, 1);
            addFilter(Mod.str(p[0], "action"), p[1] == null ? null : Mod.str(p[1], "message"), category(p[2]), p[5] != null && p[5].isTrue());
            return PyNone.NONE;
        });
        Mod.def(m, "resetwarnings", (a, kw) -> {
            here().state.filters.clear();
            return PyNone.NONE;
        });
        Mod.def(m, "warn_explicit", (a, kw) -> {
            PyObject[] p = Args.bind("warn_explicit", a, kw, new String[] {"message", "category", "filename", "lineno",
                "module", "registry", "module_globals", "source"}, 4);
            warn(p[0], p[1], 1, new Location(Mod.str(p[2], "filename"), Ops.toInt(p[3]), null));
            return PyNone.NONE;
        });
        Mod.def(m, "formatwarning", (a, kw) -> {
            PyObject[] p = Args.bind("formatwarning", a, kw, new String[] {"message", "category", "filename", "lineno", "line"}, 4);
            return new PyStr(format(p[0], p[1], p[2], p[3], p[4]));
        });
        Mod.def(m, "showwarning", (a, kw) -> {
            PyObject[] p = Args.bind("showwarning", a, kw, new String[] {"message", "category", "filename", "lineno", "file", "line"}, 4);
            PyObject file = p[4] == null || p[4] == PyNone.NONE ? StdStreams.stderr() : p[4];
            if (file != null && file != PyNone.NONE) {
                Ops.callMethod(file, "write", new PyStr(format(p[0], p[1], p[2], p[3], p[5])));
            }
            return PyNone.NONE;
        });
        m.set("catch_warnings", CATCH_WARNINGS);
        m.set("WarningMessage", WARNING_MESSAGE);
        return m;
    }
}
