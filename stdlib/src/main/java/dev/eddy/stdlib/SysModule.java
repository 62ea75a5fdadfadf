package dev.eddy.stdlib;

import dev.eddy.builtins.Kw;
import dev.eddy.builtins.PyStructSeq;
import dev.eddy.builtins.StdStreams;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.IntDigits;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyBool;
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
import dev.eddy.runtime.Sys;
import dev.eddy.runtime.ThreadState;

/** The sys module: argv, exit, the standard streams, recursion limit, version facts, exc_info. */
public final class SysModule implements ModuleProvider {
    static final PyType VERSION_INFO = PyStructSeq.newType("sys", "sys.version_info", "major", "minor", "micro", "releaselevel", "serial");
    static final PyType FLOAT_INFO = PyStructSeq.newType("sys", "sys.float_info", "max", "max_exp", "max_10_exp", "min", "min_exp",
            "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds");
    static final PyType INT_INFO = PyStructSeq.newType("sys", "sys.int_info", "bits_per_digit", "sizeof_digit",
            "default_max_str_digits", "str_digits_check_threshold");
    static final PyType FLAGS = PyStructSeq.newType("sys", "sys.flags", "debug", "inspect", "interactive", "optimize",
            "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
            "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits");
    static final PyType HASH_INFO = PyStructSeq.newType("sys", "sys.hash_info", "width", "modulus", "inf", "nan", "imag",
            "algorithm", "hash_bits", "seed_bits", "cutoff");
    static final PyType IMPLEMENTATION = PyStructSeq.newType("sys", "namespace", "name", "cache_tag", "version");

    @Override
    public String name() {
        return "sys";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("sys");
        PyList argv = new PyList();
        for (String s : Sys.get().argv) {
            argv.append(new PyStr(s));
        }
        m.set("argv", argv);
        java.util.List<String> orig = Sys.get().origArgv;
        if (orig == null) {
            m.set("orig_argv", new PyList(argv.toArray()));
        } else {
            PyList o = new PyList();
            for (String a : orig) {
                o.append(new PyStr(a));
            }
            m.set("orig_argv", o);
        }
        StdStreams.install();
        m.set("stdout", Sys.get().pyStdout);
        m.set("stderr", Sys.get().pyStderr);
        m.set("stdin", Sys.get().pyStdin);
        m.set("__stdout__", Sys.get().pyStdout);
        m.set("__stderr__", Sys.get().pyStderr);
        m.set("__stdin__", Sys.get().pyStdin);
        StdStreams.bindSysCells(m.cell("stdout"), m.cell("stderr"), m.cell("stdin"));

        Mod.def(m, "exit", (a, kw) -> {
            Kw.none("exit", kw);
            Args.check("exit", a, kw, 0, 1);
            throw new PyException(new PyBaseException(Exceptions.SYSTEM_EXIT, a.length == 0 ? Args.EMPTY : new PyObject[] {a[0]}));
        });
        Mod.def(m, "_getframe", (a, kw) -> {
            Args.check("_getframe", a, kw, 0, 1);
            int depth = a.length == 0 ? 0 : (int) Ops.index(a[0], null).longValueExact();
            return dev.eddy.runtime.PyFrame.at(dev.eddy.runtime.CallSite.current(), depth);
        });
        Mod.def(m, "getrecursionlimit", (a, kw) -> PyInt.of(ThreadState.current().recursionLimit));
        Mod.def(m, "setrecursionlimit", (a, kw) -> {
            Args.check("sys.setrecursionlimit", a, kw, 1, 1);
            if (a[0] instanceof PyFloat) {
                throw Errors.typeError("'float' object cannot be interpreted as an integer");
            }
            PyInt n = Ops.index(a[0], null);
            if (n.signum() <= 0) {
                throw Errors.valueError("recursion limit must be greater or equal than 1");
            }
            ThreadState ts = ThreadState.current();
            ts.interp.setRecursionLimit(n.intValueExact());
            return PyNone.NONE;
        });
        Mod.def(m, "get_int_max_str_digits", (a, kw) -> {
            Args.check("sys.get_int_max_str_digits", a, kw, 0, 0);
            return PyInt.of(ThreadState.current().interp.intMaxStrDigits);
        });
        Mod.def(m, "set_int_max_str_digits", (a, kw) -> {
            PyObject[] p = Args.bind("set_int_max_str_digits", a, kw, new String[] {"maxdigits"}, 1);
            if (p[0] instanceof PyFloat) {
                throw Errors.typeError("'float' object cannot be interpreted as an integer");
            }
            PyInt n = Ops.index(p[0], null);
            if (n.isBig() || n.value != (int) n.value) {
                throw Errors.overflow("Python int too large to convert to C int");
            }
            int max = (int) n.value;
            if (max != 0 && max < IntDigits.CHECK_THRESHOLD) {
                throw Errors.valueError("maxdigits must be 0 or larger than " + IntDigits.CHECK_THRESHOLD);
            }
            ThreadState.current().interp.intMaxStrDigits = max;
            return PyNone.NONE;
        });
        Mod.def(m, "exc_info", (a, kw) -> {
            PyBaseException e = dev.eddy.runtime.ThreadState.current().handled;
            if (e == null) {
                return new PyTuple(new PyObject[] {PyNone.NONE, PyNone.NONE, PyNone.NONE});
            }
            PyObject tb = e.lookupAttr("__traceback__");
            return new PyTuple(new PyObject[] {e.type(), e, tb == null ? PyNone.NONE : tb});
        });
        Mod.def(m, "exception", (a, kw) -> ThreadState.current().handled == null ? PyNone.NONE : dev.eddy.runtime.ThreadState.current().handled);
        Mod.def(m, "intern", (a, kw) -> {
            Args.check("sys.intern", a, kw, 1, 1);
            if (!(a[0] instanceof PyStr)) {
                throw Errors.typeError("intern() argument must be str, not " + a[0].type().name);
            }
            return a[0];
        });
        Mod.def(m, "getsizeof", (a, kw) -> {
            Args.check("getsizeof", a, kw, 1, 2);
            int n = 0;
            try {
                n = a[0].len();
            } catch (PyException e) {
                // not sized
            }
            return PyInt.of(56 + 8L * n);
        });
        Mod.def(m, "getdefaultencoding", (a, kw) -> new PyStr("utf-8"));
        Mod.def(m, "getfilesystemencoding", (a, kw) -> new PyStr("utf-8"));
        Mod.def(m, "getfilesystemencodeerrors", (a, kw) -> new PyStr("surrogateescape"));
        // no audit hooks can be installed, so raising an audit event does nothing
        Mod.def(m, "audit", (a, kw) -> dev.eddy.runtime.PyNone.NONE);
        Mod.def(m, "getrefcount", (a, kw) -> PyInt.of(2));

        m.set("maxsize", PyInt.of(Long.MAX_VALUE));
        m.set("maxunicode", PyInt.of(0x10FFFF));
        // the shape CPython's own has (platform parses it): version (build) [compiler]
        m.set("version", new PyStr("3.11.7 (Eddy 0.1.0) [Java " + System.getProperty("java.version") + "]"));
        m.set("version_info", new PyStructSeq(VERSION_INFO, PyInt.of(3), PyInt.of(11), PyInt.of(7), new PyStr("final"), PyInt.of(0)));
        m.set("hexversion", PyInt.of(0x030B07F0));
        m.set("api_version", PyInt.of(1013));
        m.set("implementation", new PyStructSeq(IMPLEMENTATION, new PyStr("eddy"), PyNone.NONE, m.get("version_info")));
        m.set("platform", new PyStr(platform()));
        m.set("byteorder", new PyStr("little"));
        PyList path = new PyList();
        path.append(new PyStr(Sys.get().scriptDir.toString()));
        m.set("path", path);
        PyDict modules = new PyDict();
        modules.put("sys", m);
        m.set("modules", modules);
        m.set("builtin_module_names", builtinModuleNames());
        m.set("executable", new PyStr(executable()));
        m.set("prefix", new PyStr(""));
        // no virtual environments: the base and exec prefixes are the prefix, as in a plain CPython
        m.set("base_prefix", m.get("prefix"));
        m.set("exec_prefix", m.get("prefix"));
        m.set("base_exec_prefix", m.get("prefix"));
        m.set("platlibdir", new PyStr("lib"));
        dev.eddy.runtime.Flags f = Sys.get().flags;
        PyList warnoptions = new PyList();
        for (String w : f.warnOptions()) {
            warnoptions.append(new PyStr(w));
        }
        m.set("warnoptions", warnoptions);
        m.set("dont_write_bytecode", PyBool.of(f.dontWriteBytecode()));
        PyDict xo = new PyDict();
        for (String x : Sys.get().xOptions) {
            int eq = x.indexOf('=');
            if (eq < 0) {
                xo.put(x, PyBool.TRUE);
            } else {
                xo.put(x.substring(0, eq), new PyStr(x.substring(eq + 1)));
            }
        }
        m.set("_xoptions", xo);
        // CPython's digits (Eddy's ints are Java longs and BigIntegers; the str-digits limits are CPython's)
        m.set("int_info", new PyStructSeq(INT_INFO, PyInt.of(30), PyInt.of(4), PyInt.of(IntDigits.DEFAULT_MAX_STR_DIGITS),
                PyInt.of(IntDigits.CHECK_THRESHOLD)));
        m.set("float_info", new PyStructSeq(FLOAT_INFO, new PyFloat(Double.MAX_VALUE), PyInt.of(1024), PyInt.of(308),
                new PyFloat(Double.MIN_NORMAL), PyInt.of(-1021), PyInt.of(-307), PyInt.of(15), PyInt.of(53),
                new PyFloat(Math.ulp(1.0)), PyInt.of(2), PyInt.of(1)));
        // the parameters of the numeric hash Eddy computes as CPython does (fractions and decimal use them)
        m.set("hash_info", new PyStructSeq(HASH_INFO, PyInt.of(64), PyInt.of(PyInt.HASH_MODULUS), PyInt.of(314159), PyInt.of(0),
                PyInt.of(1000003), new PyStr("siphash13"), PyInt.of(64), PyInt.of(128), PyInt.of(0)));
        PyObject[] flags = {PyInt.of(f.debug()), PyInt.of(f.inspect() ? 1 : 0), PyInt.of(f.interactive() ? 1 : 0),
            PyInt.of(f.optimize()), PyInt.of(f.dontWriteBytecode() ? 1 : 0), PyInt.of(f.noUserSite() ? 1 : 0),
            PyInt.of(f.noSite() ? 1 : 0), PyInt.of(f.ignoreEnvironment() ? 1 : 0), PyInt.of(f.verbose()),
            PyInt.of(f.bytesWarning()), PyInt.of(f.quiet() ? 1 : 0), PyInt.of(1), PyInt.of(f.isolated() ? 1 : 0),
            PyBool.of(f.devMode()), PyInt.of(f.utf8Mode()), PyInt.of(0), PyBool.of(f.safePath()),
            PyInt.of(f.intMaxStrDigits())};
        m.set("flags", new PyStructSeq(FLAGS, flags));
        return m;
    }

    private static String platform() {
        String os = System.getProperty("os.name", "linux").toLowerCase();
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return "darwin";
        }
        if (os.startsWith("windows")) {
            return "win32";
        }
        return os.startsWith("linux") ? "linux" : os;
    }

    private static String executable() {
        String e = Sys.get().env.get("EDDY_EXECUTABLE");
        if (e == null) {
            e = System.getProperty("eddy.executable");   // the launcher script's path
        }
        return e != null ? e : "eddy";
    }

    /** CPython 3.11's built-in modules (on Linux) that Eddy has in Java, sorted: os.py looks for 'posix' here. */
    private static PyTuple builtinModuleNames() {
        java.util.Set<String> cpython = java.util.Set.of("_abc", "_ast", "_codecs", "_collections", "_functools", "_imp", "_io",
                "_locale", "_operator", "_signal", "_sre", "_stat", "_string", "_symtable", "_thread", "_tokenize", "_tracemalloc",
                "_typing", "_warnings", "_weakref", "atexit", "builtins", "errno", "faulthandler", "gc", "itertools", "marshal",
                "posix", "pwd", "sys", "time", "xxsubtype");
        java.util.TreeSet<String> names = new java.util.TreeSet<>(java.util.List.of("builtins", "sys"));
        for (dev.eddy.runtime.ModuleProvider p : java.util.ServiceLoader.load(dev.eddy.runtime.ModuleProvider.class)) {
            if (cpython.contains(p.name())) {
                names.add(p.name());
            }
        }
        PyObject[] items = new PyObject[names.size()];
        int i = 0;
        for (String n : names) {
            items[i++] = new PyStr(n);
        }
        return new PyTuple(items);
    }
}
