package dev.eddy.stdlib;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.Sys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** os.path (posixpath): pure string operations as CPython's, and a few file tests. */
public final class OsPathModule implements ModuleProvider {
    @Override
    public String name() {
        return "os.path";
    }

    static String path(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        PyObject fs = o.type().lookup("__fspath__");
        if (fs != null) {
            return dev.eddy.runtime.Ops.callMethod(o, "__fspath__").toString();
        }
        throw Errors.typeError("expected str, bytes or os.PathLike object, not " + o.type().name);
    }

    /** The working directory relative paths are resolved against. */
    static Path cwd() {
        return dev.eddy.stdlib.io.OsState.current().cwd();
    }

    static Path resolve(String p) {
        return cwd().resolve(p);
    }

    static String join(String a, List<String> rest) {
        StringBuilder path = new StringBuilder(a);
        for (String b : rest) {
            if (b.startsWith("/")) {
                path.setLength(0);
                path.append(b);
            } else if (path.length() == 0 || path.charAt(path.length() - 1) == '/') {
                path.append(b);
            } else {
                path.append('/').append(b);
            }
        }
        return path.toString();
    }

    static String[] split(String p) {
        int i = p.lastIndexOf('/') + 1;
        String head = p.substring(0, i);
        String tail = p.substring(i);
        if (!head.isEmpty() && !head.chars().allMatch(c -> c == '/')) {
            int end = head.length();
            while (end > 0 && head.charAt(end - 1) == '/') {
                end--;
            }
            head = head.substring(0, end);
        }
        return new String[] {head, tail};
    }

    static String[] splitext(String p) {
        int sep = p.lastIndexOf('/');
        int dot = p.lastIndexOf('.');
        if (dot > sep) {
            for (int i = sep + 1; i < dot; i++) {
                if (p.charAt(i) != '.') {
                    return new String[] {p.substring(0, dot), p.substring(dot)};
                }
            }
        }
        return new String[] {p, ""};
    }

    static String normpath(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        int initial = path.startsWith("/") ? 1 : 0;
        if (initial == 1 && path.startsWith("//") && !path.startsWith("///")) {
            initial = 2;
        }
        List<String> out = new ArrayList<>();
        for (String comp : path.split("/")) {
            if (comp.isEmpty() || comp.equals(".")) {
                continue;
            }
            if (!comp.equals("..") || (initial == 0 && out.isEmpty()) || (!out.isEmpty() && out.get(out.size() - 1).equals(".."))) {
                out.add(comp);
            } else if (!out.isEmpty()) {
                out.remove(out.size() - 1);
            }
        }
        String r = "/".repeat(initial) + String.join("/", out);
        return r.isEmpty() ? "." : r;
    }

    static String abspath(String p) {
        return normpath(p.startsWith("/") ? p : join(cwd().toString(), List.of(p)));
    }

    private static void test(PyModule m, String name, Predicate<Path> f) {
        Mod.def(m, name, (a, kw) -> {
            Args.check(name, a, kw, 1, 1);
            try {
                return PyBool.of(f.test(resolve(path(a[0]))));
            } catch (RuntimeException e) {
                return PyBool.FALSE;
            }
        });
    }

    private static void str(PyModule m, String name, java.util.function.UnaryOperator<String> f) {
        Mod.def(m, name, (a, kw) -> {
            Args.check(name, a, kw, 1, 1);
            return new PyStr(f.apply(path(a[0])));
        });
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("os.path");
        m.set("sep", new PyStr("/"));
        Mod.def(m, "join", (a, kw) -> {
            if (a.length == 0) {
                throw Errors.typeError("join() missing 1 required positional argument: 'a'");
            }
            List<String> rest = new ArrayList<>();
            for (int i = 1; i < a.length; i++) {
                rest.add(path(a[i]));
            }
            return new PyStr(join(path(a[0]), rest));
        });
        str(m, "basename", p -> p.substring(p.lastIndexOf('/') + 1));
        str(m, "dirname", p -> split(p)[0]);
        str(m, "normpath", OsPathModule::normpath);
        str(m, "abspath", OsPathModule::abspath);
        str(m, "realpath", p -> {
            try {
                return resolve(p).toRealPath().toString();
            } catch (IOException e) {
                return abspath(p);
            }
        });
        str(m, "expanduser", p -> {
            if (!p.startsWith("~")) {
                return p;
            }
            String home = Sys.get().env.getOrDefault("HOME", System.getProperty("user.home"));
            int i = p.indexOf('/');
            return i < 0 ? (p.equals("~") ? home : p) : (i == 1 ? home + p.substring(1) : p);
        });
        Mod.def(m, "split", (a, kw) -> {
            Args.check("split", a, kw, 1, 1);
            String[] s = split(path(a[0]));
            return new PyTuple(new PyObject[] {new PyStr(s[0]), new PyStr(s[1])});
        });
        Mod.def(m, "splitext", (a, kw) -> {
            Args.check("splitext", a, kw, 1, 1);
            String[] s = splitext(path(a[0]));
            return new PyTuple(new PyObject[] {new PyStr(s[0]), new PyStr(s[1])});
        });
        Mod.def(m, "isabs", (a, kw) -> PyBool.of(path(a[0]).startsWith("/")));
        test(m, "exists", Files::exists);
        test(m, "isfile", Files::isRegularFile);
        test(m, "isdir", Files::isDirectory);
        test(m, "islink", Files::isSymbolicLink);
        Mod.def(m, "getsize", (a, kw) -> {
            Args.check("getsize", a, kw, 1, 1);
            String p = path(a[0]);
            try {
                return PyInt.of(Files.size(resolve(p)));
            } catch (IOException e) {
                throw OsModule.notFound(p);
            }
        });
        return m;
    }
}
