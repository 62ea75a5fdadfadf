package dev.eddy.interpreter;

import dev.eddy.ast.codec.CacheEntry;
import dev.eddy.nodes.Definitions;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Importer;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;
import dev.eddy.runtime.Sys;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The import system: sys.modules is the table every import reads and writes; a name is found
 * among the Java modules (which stand for CPython's built-in and C modules) and then as a
 * package or a .py file along sys.path (for a submodule, along its package's __path__), the
 * script's folder first, then PYTHONPATH, then the CPython Lib bundled in the stdlib jar.
 */
final class ModuleLoader implements Definitions.ModuleLoader, Importer {
    /** Where the build puts CPython's Lib among the class path resources (stdlib/src/main/lib). */
    static final String LIB_RESOURCE = "eddy/lib/python3.11/";

    private final Interpreter interpreter;
    /** sys.modules. */
    final PyDict modules = new PyDict();
    /** Modules whose code is running: an import of a missing name from one is a circular import. */
    private final Set<String> initializing = new HashSet<>();
    private Map<String, ModuleProvider> providers;
    /** The sys.path entry naming the bundled Lib, and whether it lies in a jar (else a folder). */
    private String libEntry;
    private boolean libInJar;
    /** The helper module holding ModuleSpec and SourceFileLoader, made on the first source import. */
    private PyModule support;

    ModuleLoader(Interpreter interpreter) {
        this.interpreter = interpreter;
        URL marker = ModuleLoader.class.getClassLoader().getResource(LIB_RESOURCE + "modules.txt");
        if (marker != null) {
            String u = marker.toString();
            String suffix = "/" + LIB_RESOURCE + "modules.txt";
            if (u.startsWith("jar:file:")) {
                String jar = u.substring("jar:file:".length(), u.indexOf("!/"));
                libEntry = decode(jar) + "/" + LIB_RESOURCE.substring(0, LIB_RESOURCE.length() - 1);
                libInJar = true;
            } else if (u.startsWith("file:") && u.endsWith(suffix)) {
                libEntry = decode(u.substring("file:".length(), u.length() - "/modules.txt".length()));
            }
        }
    }

    private static String decode(String path) {
        return java.net.URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private Map<String, ModuleProvider> providers() {
        if (providers == null) {
            providers = new HashMap<>();
            for (ModuleProvider p : ServiceLoader.load(ModuleProvider.class)) {
                providers.put(p.name(), p);
            }
        }
        return providers;
    }

    /** sys.path as it starts: the script's folder ('' for -c and the REPL), PYTHONPATH, the bundled Lib. */
    private PyList initialPath() {
        PyList path = new PyList();
        if (interpreter.mainDirEntry() != null) {
            path.append(new PyStr(interpreter.mainDirEntry()));
        }
        String pythonPath = Sys.get().flags.ignoreEnvironment() ? null : Sys.get().env.get("PYTHONPATH");
        if (pythonPath != null && !pythonPath.isEmpty()) {
            for (String p : pythonPath.split(File.pathSeparator)) {
                if (!p.isEmpty()) {
                    path.append(new PyStr(p));
                }
            }
        }
        if (libEntry != null) {
            path.append(new PyStr(libEntry));
        }
        return path;
    }

    // ---- the import statement's operations ---------------------------------------------------

    @Override
    public PyObject load(String name) {
        return importModule(name);
    }

    @Override
    public PyObject importStatement(String name, boolean bindTop) {
        PyObject m = importModule(name);
        int dot = name.indexOf('.');
        if (dot < 0) {
            return m;
        }
        if (bindTop) {
            return modules.get(name.substring(0, dot));
        }
        // import a.b.c as x: x is a.b.c reached through attributes, as CPython's IMPORT_FROM does
        String[] parts = name.split("\\.");
        PyObject v = modules.get(parts[0]);
        for (int i = 1; i < parts.length && v != null; i++) {
            PyObject next = v.lookupAttr(parts[i]);
            v = next != null ? next : modules.get(String.join(".", java.util.Arrays.copyOf(parts, i + 1)));
        }
        return v != null ? v : m;
    }

    @Override
    public PyObject importFrom(PyModule from, String module, int level) {
        String name = level > 0 ? resolveRelative(module, packageOf(from), level) : module;
        return importModule(name);
    }

    @Override
    public PyObject fromName(PyObject module, String attr) {
        PyObject v = module.lookupAttr(attr);
        if (v != null) {
            return v;
        }
        String moduleName = nameOf(module);
        if (moduleName != null && module.lookupAttr("__path__") != null) {
            String full = moduleName + "." + attr;
            try {
                importModule(full);
            } catch (PyException e) {
                if (!(e.matches(Exceptions.MODULE_NOT_FOUND_ERROR) && full.equals(errorName(e)))) {
                    throw e;
                }
            }
            v = module.lookupAttr(attr);
            if (v == null) {
                v = modules.get(full);
            }
            if (v != null) {
                return v;
            }
        }
        throw cannotImport(module, moduleName, attr);
    }

    /** The ImportError of a from-import whose name is missing, with CPython's text. */
    private PyException cannotImport(PyObject module, String moduleName, String attr) {
        PyObject file = module.lookupAttr("__file__");
        String where = file instanceof PyStr s ? s.value : "unknown location";
        String shown = moduleName == null ? "<unknown module name>" : moduleName;
        String text = initializing.contains(moduleName)
                ? "cannot import name '" + attr + "' from partially initialized module '" + shown
                        + "' (most likely due to a circular import) (" + where + ")"
                : "cannot import name '" + attr + "' from '" + shown + "' (" + where + ")";
        PyBaseException e = Exceptions.make(Exceptions.IMPORT_ERROR, text);
        e.storeAttr("name", moduleName == null ? PyNone.NONE : new PyStr(moduleName));
        e.storeAttr("path", file instanceof PyStr ? file : PyNone.NONE);
        return new PyException(e);
    }

    @Override
    public List<Map.Entry<String, PyObject>> starNames(PyObject module) {
        List<Map.Entry<String, PyObject>> out = new ArrayList<>();
        PyObject all = module.lookupAttr("__all__");
        if (all != null) {
            PyObject[] names = Ops.toArray(all);
            String moduleName = nameOf(module);
            for (PyObject n : names) {
                if (!(n instanceof PyStr)) {
                    throw Errors.typeError("Item in " + moduleName + ".__all__ must be str, not " + n.type().name);
                }
            }
            importSubmodules(module, moduleName, names);
            for (PyObject n : names) {
                out.add(Map.entry(((PyStr) n).value, module.getAttr(((PyStr) n).value)));
            }
            return out;
        }
        if (module instanceof PyModule pm) {
            pm.globals.forEach((k, c) -> {
                if (!k.startsWith("_") && c.value != null) {
                    out.add(Map.entry(k, c.value));
                }
            });
            return out;
        }
        PyObject dict = module.lookupAttr("__dict__");
        if (dict instanceof PyDict d) {
            for (PyObject k : d.map.keySet().toArray(new PyObject[0])) {
                if (k instanceof PyStr s && !s.value.startsWith("_")) {
                    out.add(Map.entry(s.value, d.get(k)));
                }
            }
        }
        return out;
    }

    /** For a package, imports the submodules a fromlist names that are not attributes yet; missing ones are skipped. */
    private void importSubmodules(PyObject module, String moduleName, PyObject[] names) {
        if (moduleName == null || module.lookupAttr("__path__") == null) {
            return;
        }
        for (PyObject item : names) {
            if (item instanceof PyStr s && !s.value.equals("*") && module.lookupAttr(s.value) == null) {
                String full = moduleName + "." + s.value;
                try {
                    importModule(full);
                } catch (PyException e) {
                    if (!(e.matches(Exceptions.MODULE_NOT_FOUND_ERROR) && full.equals(errorName(e)))) {
                        throw e;
                    }
                }
            }
        }
    }

    private static String nameOf(PyObject module) {
        if (module instanceof PyModule m) {
            PyObject n = m.get("__name__");
            return n instanceof PyStr s ? s.value : m.name;
        }
        PyObject n = module.lookupAttr("__name__");
        return n instanceof PyStr s ? s.value : null;
    }

    private static String errorName(PyException e) {
        PyObject n = e.value.lookupAttr("name");
        return n instanceof PyStr s ? s.value : null;
    }

    // ---- relative names --------------------------------------------------------------------

    /** The package a module's relative imports start from: __package__, else __spec__.parent, else from __name__. */
    private String packageOf(PyModule from) {
        PyObject p = from.get("__package__");
        if (p instanceof PyStr s) {
            return s.value;
        }
        PyObject spec = from.get("__spec__");
        if (spec != null && spec != PyNone.NONE) {
            PyObject parent = spec.lookupAttr("parent");
            if (parent instanceof PyStr s) {
                return s.value;
            }
        }
        PyObject n = from.get("__name__");
        String name = n instanceof PyStr s ? s.value : from.name;
        if (from.get("__path__") != null) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }

    private static String resolveRelative(String name, String pkg, int level) {
        if (pkg == null || pkg.isEmpty()) {
            throw Errors.of(Exceptions.IMPORT_ERROR, "attempted relative import with no known parent package");
        }
        String base = pkg;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw Errors.of(Exceptions.IMPORT_ERROR, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name == null || name.isEmpty() ? base : base + "." + name;
    }

    @Override
    public String resolveName(String name, String packageName) {
        if (!name.startsWith(".")) {
            return name;
        }
        if (packageName == null) {
            throw Errors.typeError("the 'package' argument is required to perform a relative import for '" + name + "'");
        }
        int level = 0;
        while (level < name.length() && name.charAt(level) == '.') {
            level++;
        }
        return resolveRelative(name.substring(level), packageName, level);
    }

    @Override
    public PyObject dunderImport(String name, PyObject globals, PyObject fromlist, int level) {
        if (level < 0) {
            throw Errors.valueError("level must be >= 0");
        }
        if (level == 0 && name.isEmpty()) {
            throw Errors.valueError("Empty module name");
        }
        String full = name;
        if (level > 0) {
            String pkg = null;
            if (globals instanceof PyDict g) {
                PyObject p = g.get("__package__");
                if (p instanceof PyStr s) {
                    pkg = s.value;
                } else {
                    PyObject n = g.get("__name__");
                    if (n instanceof PyStr s) {
                        pkg = g.get("__path__") != null ? s.value
                                : s.value.contains(".") ? s.value.substring(0, s.value.lastIndexOf('.')) : "";
                    }
                }
            }
            full = resolveRelative(name, pkg, level);
        }
        PyObject module = importModule(full);
        boolean hasFromlist = fromlist != null && fromlist != PyNone.NONE && fromlist.isTrue();
        if (!hasFromlist) {
            if (level == 0) {
                int dot = name.indexOf('.');
                return dot < 0 ? module : modules.get(name.substring(0, dot));
            }
            if (name.isEmpty()) {
                return module;
            }
            // the module named by the relative part's first component, as CPython returns it
            String first = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
            return modules.get(full.substring(0, full.length() - name.length()) + first);
        }
        importSubmodules(module, full, Ops.toArray(fromlist));
        return module;
    }

    // ---- finding and loading -------------------------------------------------------------------

    /**
     * The top-level module names an import could find (the REPL completes them): Eddy's
     * native modules, the bundled Lib, and the modules and packages in sys.path's folders.
     */
    java.util.SortedSet<String> topLevelModuleNames() {
        java.util.SortedSet<String> names = new java.util.TreeSet<>(providers().keySet());
        names.add("sys");
        names.add("builtins");
        java.io.InputStream list = ModuleLoader.class.getClassLoader().getResourceAsStream(LIB_RESOURCE + "modules.txt");
        if (list != null) {
            try (list) {
                for (String line : new String(list.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String n = line.strip();
                    if (!n.isEmpty() && !n.startsWith("#")) {
                        names.add(n.split("\\.")[0]);
                    }
                }
            } catch (java.io.IOException e) {
                // no bundled names to offer
            }
        }
        for (String entry : strings(sysPath())) {
            java.nio.file.Path dir = entry.isEmpty() ? interpreter.cwd() : interpreter.cwd().resolve(entry);
            String[] files = dir.toFile().list();
            if (files == null) {
                continue;
            }
            for (String f : files) {
                if (f.endsWith(".py") && f.length() > 3) {
                    names.add(f.substring(0, f.length() - 3));
                } else if (java.nio.file.Files.isRegularFile(dir.resolve(f).resolve("__init__.py"))) {
                    names.add(f);
                }
            }
        }
        names.removeIf(n -> !n.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_'));
        return names;
    }

    @Override
    public PyObject importModule(String name) {
        PyObject m = modules.get(name);
        if (m != null) {
            if (m == PyNone.NONE) {
                throw notFound("import of " + name + " halted; None in sys.modules", name);
            }
            return m;
        }
        int dot = name.lastIndexOf('.');
        PyObject parent = null;
        List<String> searchPath;
        if (dot >= 0) {
            String parentName = name.substring(0, dot);
            parent = importModule(parentName);
            m = modules.get(name);
            if (m != null) {
                return m;   // importing the parent imported this one
            }
            PyObject parentPath = parent.lookupAttr("__path__");
            ModuleProvider p = providers().get(name);
            if (p != null) {
                PyObject parentModule = parent;
                return timed(name, () -> loadJava(name, p, parentModule));
            }
            if (parentPath == null) {
                throw notFound("No module named '" + name + "'; '" + parentName + "' is not a package", name);
            }
            searchPath = strings(parentPath);
        } else {
            ModuleProvider p = providers().get(name);
            if (p != null) {
                return timed(name, () -> loadJava(name, p, null));
            }
            searchPath = strings(sysPath());
        }
        String shortName = name.substring(dot + 1);
        for (String entry : searchPath) {
            Source s = find(entry, shortName);
            if (s != null) {
                PyObject parentModule = parent;
                return timed(name, () -> loadSource(name, s, parentModule));
            }
        }
        throw notFound("No module named '" + name + "'", name);
    }

    /** -X importtime's state: the nesting of the imports under way, and the time their children took. */
    private int importLevel;
    private long childNanos;
    private boolean importTimeHeaderShown;

    /**
     * Loads a module, timing it under {@code -X importtime} (or PYTHONPROFILEIMPORTTIME): one line
     * on stderr when the load ends, self and cumulative microseconds, indented by nesting.
     */
    private PyObject timed(String name, java.util.function.Supplier<PyObject> load) {
        Sys sys = Sys.get();
        boolean on = sys.xOptions.contains("importtime") || !sys.flags.ignoreEnvironment()
                && sys.env.get("PYTHONPROFILEIMPORTTIME") != null && !sys.env.get("PYTHONPROFILEIMPORTTIME").isEmpty();
        if (!on) {
            return load.get();
        }
        if (!importTimeHeaderShown) {
            importTimeHeaderShown = true;
            writeRawErr("import time: self [us] | cumulative | imported package\n");
        }
        int level = importLevel++;
        long savedChildren = childNanos;
        childNanos = 0;
        long start = System.nanoTime();
        try {
            return load.get();
        } finally {
            long cumulative = System.nanoTime() - start;
            long self = cumulative - childNanos;
            childNanos = savedChildren + cumulative;
            importLevel--;
            writeRawErr(String.format("import time: %9d | %10d | %s%s%n", self / 1000, cumulative / 1000,
                    "  ".repeat(level), name));
        }
    }

    private static void writeRawErr(String text) {
        try {
            Sys.get().stderr.write(text.getBytes(StandardCharsets.UTF_8));
            Sys.get().stderr.flush();
        } catch (IOException e) {
            // stderr is gone: nothing to report the timing to
        }
    }

    /** The module {@code -m} runs: its full name (a package's {@code __main__}) and its file. */
    record MainSource(String name, String file) {
    }

    /**
     * Finds the source of the module {@code python3 -m name} would run, importing its parent
     * packages but not the module itself; raises ImportError with CPython's -m wording.
     */
    MainSource findMain(String name) {
        int dot = name.lastIndexOf('.');
        List<String> searchPath;
        if (dot >= 0) {
            PyObject parent;
            try {
                parent = importModule(name.substring(0, dot));
            } catch (PyException e) {
                throw Errors.of(Exceptions.IMPORT_ERROR, "Error while finding module specification for "
                        + PyStr.repr(name) + " (" + e.value.type().name + ": " + e.value.str().value + ")");
            }
            PyObject parentPath = parent.lookupAttr("__path__");
            if (parentPath == null) {
                throw Errors.of(Exceptions.IMPORT_ERROR, "Error while finding module specification for "
                        + PyStr.repr(name) + " (ModuleNotFoundError: __path__ attribute not found on "
                        + PyStr.repr(name.substring(0, dot)) + " while trying to find " + PyStr.repr(name) + ")");
            }
            searchPath = strings(parentPath);
        } else {
            searchPath = strings(sysPath());
        }
        if (providers().containsKey(name) || name.equals("sys") || name.equals("builtins")) {
            throw Errors.of(Exceptions.IMPORT_ERROR, "No code object available for " + name);
        }
        for (String entry : searchPath) {
            Source s = find(entry, name.substring(dot + 1));
            if (s == null) {
                continue;
            }
            if (!s.isPackage()) {
                return new MainSource(name, s.file());
            }
            try {
                importModule(name);
                return findMain(name + ".__main__");
            } catch (PyException e) {
                if (e.value.type() == Exceptions.IMPORT_ERROR || e.value.type() == Exceptions.MODULE_NOT_FOUND_ERROR) {
                    throw Errors.of(Exceptions.IMPORT_ERROR, e.value.str().value + "; " + PyStr.repr(name)
                            + " is a package and cannot be directly executed");
                }
                throw e;
            }
        }
        throw Errors.of(Exceptions.IMPORT_ERROR, "No module named " + name);
    }

    private static PyException notFound(String message, String name) {
        PyBaseException e = Exceptions.make(Exceptions.MODULE_NOT_FOUND_ERROR, message);
        e.storeAttr("name", new PyStr(name));
        return new PyException(e);
    }

    private PyObject sysPath() {
        PyObject sys = importModule("sys");
        PyObject path = sys.lookupAttr("path");
        if (path == null) {
            throw Errors.of(Exceptions.IMPORT_ERROR, "sys.path must be a list of directory names");
        }
        return path;
    }

    private static List<String> strings(PyObject list) {
        List<String> out = new ArrayList<>();
        for (PyObject o : Ops.toArray(list)) {
            if (o instanceof PyStr s) {
                out.add(s.value);
            }
        }
        return out;
    }

    private PyObject loadJava(String name, ModuleProvider p, PyObject parent) {
        PyModule m = p.create();
        if (m.get("__doc__") == null) {
            m.set("__doc__", PyNone.NONE);
        }
        if (name.equals("sys")) {
            // the table imports read and write, and the path they search
            m.set("modules", modules);
            m.set("path", initialPath());
        }
        modules.put(name, m);
        PyObject result = modules.get(name);
        bindInParent(name, parent, result);
        return result;
    }

    private static void bindInParent(String name, PyObject parent, PyObject module) {
        if (parent != null && module != null) {
            parent.setAttr(name.substring(name.lastIndexOf('.') + 1), module);
        }
    }

    /** A module's source found on the path: its file name as Python sees it, and how to read it. */
    private record Source(String file, boolean isPackage, String packageDir, String resource) {
    }

    /** The package or module {@code name} in one sys.path entry, or null. */
    private Source find(String entry, String name) {
        if (libInJar && entry.equals(libEntry)) {
            String pkg = LIB_RESOURCE + name + "/__init__.py";
            if (ModuleLoader.class.getClassLoader().getResource(pkg) != null) {
                return new Source(entry + "/" + name + "/__init__.py", true, entry + "/" + name, pkg);
            }
            String mod = LIB_RESOURCE + name + ".py";
            if (ModuleLoader.class.getClassLoader().getResource(mod) != null) {
                return new Source(entry + "/" + name + ".py", false, null, mod);
            }
            return null;
        }
        if (libInJar && entry.startsWith(libEntry + "/")) {
            String sub = LIB_RESOURCE + entry.substring(libEntry.length() + 1) + "/";
            if (ModuleLoader.class.getClassLoader().getResource(sub + name + "/__init__.py") != null) {
                return new Source(entry + "/" + name + "/__init__.py", true, entry + "/" + name, sub + name + "/__init__.py");
            }
            if (ModuleLoader.class.getClassLoader().getResource(sub + name + ".py") != null) {
                return new Source(entry + "/" + name + ".py", false, null, sub + name + ".py");
            }
            return null;
        }
        Path dir = entry.isEmpty() ? interpreter.cwd() : interpreter.cwd().resolve(entry);
        Path pkg = dir.resolve(name);
        Path init = pkg.resolve("__init__.py");
        if (Files.isRegularFile(init)) {
            return new Source(shown(entry, init), true, shown(entry, pkg), null);
        }
        Path file = dir.resolve(name + ".py");
        if (Files.isRegularFile(file)) {
            return new Source(shown(entry, file), false, null, null);
        }
        return null;
    }

    /** A file name as CPython shows it: absolute for the '' entry, else as the entry spells it. */
    private String shown(String entry, Path p) {
        return entry.isEmpty() ? p.toAbsolutePath().normalize().toString() : p.toString();
    }

    /** Reads a module's text: from the bundled Lib in the jar, or from a file. */
    String readSource(String file) {
        byte[] b = readBytes(file);
        if (b == null) {
            throw Errors.of(Exceptions.OS_ERROR, "[Errno 2] No such file or directory: '" + file + "'");
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    private byte[] readBytes(String file) {
        if (libInJar && file.startsWith(libEntry + "/")) {
            String res = LIB_RESOURCE + file.substring(libEntry.length() + 1);
            try (InputStream in = ModuleLoader.class.getClassLoader().getResourceAsStream(res)) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                return null;
            }
        }
        try {
            return Files.readAllBytes(interpreter.cwd().resolve(file));
        } catch (IOException e) {
            return null;
        }
    }

    private PyObject loadSource(String name, Source s, PyObject parent) {
        byte[] bytes = readBytes(s.file());
        if (bytes == null) {
            throw Errors.of(Exceptions.OS_ERROR, "[Errno 2] No such file or directory: '" + s.file() + "'");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        PyModule m = new PyModule(name);
        m.set("__file__", new PyStr(s.file()));
        PyObject loader = makeLoader(name, s.file());
        m.set("__loader__", loader);
        int dot = name.lastIndexOf('.');
        m.set("__package__", new PyStr(s.isPackage() ? name : dot < 0 ? "" : name.substring(0, dot)));
        PyObject spec = makeSpec(name, loader, s.file(), s.isPackage());
        m.set("__spec__", spec);
        if (s.isPackage()) {
            PyList path = new PyList();
            path.append(new PyStr(s.packageDir()));
            m.set("__path__", path);
            spec.setAttr("submodule_search_locations", path);
        }
        m.set("__cached__", PyNone.NONE);
        modules.put(name, m);
        initializing.add(name);
        try {
            try {
                interpreter.execModule(m, text, s.file(), parse(s.file(), bytes, text));
            } catch (dev.eddy.parser.SyntaxErrorException e) {
                throw syntaxError(e);
            }
        } catch (PyException e) {
            if (modules.get(name) != null) {
                modules.delItem(new PyStr(name));
            }
            throw e;
        } finally {
            initializing.remove(name);
        }
        PyObject result = modules.get(name);
        if (result == null) {
            throw Errors.of(Exceptions.KEY_ERROR, "'" + name + "'");
        }
        bindInParent(name, parent, result);
        return result;
    }

    /**
     * The syntax tree of a module's source, through the compiled-module cache: the build's entry
     * for a module of the bundled Lib, the __pycache__ entry beside a user's file.
     */
    private dev.eddy.ast.Module parse(String file, byte[] bytes, String text) {
        if (libEntry != null && file.startsWith(libEntry + "/")) {
            int slash = file.lastIndexOf('/');
            String entry = file.substring(0, slash + 1) + CacheEntry.relativePath(file.substring(slash + 1));
            return ModuleCache.shipped(bytes, text, file, readBytes(entry));
        }
        return ModuleCache.userFile(interpreter.cwd().resolve(file), bytes, text, file, mayWriteBytecode());
    }

    /** Whether cache entries may be written: not under -B, PYTHONDONTWRITEBYTECODE or sys.dont_write_bytecode = True. */
    private boolean mayWriteBytecode() {
        PyObject sys = modules.get("sys");
        PyObject flag = sys == null ? null : sys.lookupAttr("dont_write_bytecode");
        return flag == null ? !Sys.get().flags.dontWriteBytecode() : !flag.isTrue();
    }

    /** A SyntaxError (or IndentationError, TabError) of an imported module, as the Python exception. */
    static PyException syntaxError(dev.eddy.parser.SyntaxErrorException se) {
        PyType type = se.getKind().equals("IndentationError") ? Exceptions.INDENTATION_ERROR
                : se.getKind().equals("TabError") ? Exceptions.TAB_ERROR : Exceptions.SYNTAX_ERROR;
        if (se.getKind().equals("RecursionError")) {
            return Errors.of(Exceptions.RECURSION_ERROR, se.getMsg());
        }
        PyObject text = se.getText() == null ? PyNone.NONE : new PyStr(se.getText());
        PyObject details = new dev.eddy.runtime.PyTuple(new PyObject[] {new PyStr(se.getFilename()), PyInt.of(se.getLineno()),
                PyInt.of(se.getOffset()), text, PyInt.of(se.getEndLineno()), PyInt.of(se.getEndOffset())});
        PyBaseException e = Exceptions.make(type, se.getMsg());
        e.args = new dev.eddy.runtime.PyTuple(new PyObject[] {new PyStr(se.getMsg()), details});
        e.storeAttr("msg", new PyStr(se.getMsg()));
        e.storeAttr("filename", new PyStr(se.getFilename()));
        e.storeAttr("lineno", PyInt.of(se.getLineno()));
        e.storeAttr("offset", PyInt.of(se.getOffset()));
        e.storeAttr("text", text);
        e.storeAttr("end_lineno", PyInt.of(se.getEndLineno()));
        e.storeAttr("end_offset", PyInt.of(se.getEndOffset()));
        return new PyException(e);
    }

    @Override
    public PyObject reload(PyObject module) {
        if (!(module instanceof PyModule m)) {
            throw Errors.typeError("reload() argument must be a module");
        }
        String name = nameOf(m);
        if (name == null || modules.get(name) != m) {
            PyBaseException e = Exceptions.make(Exceptions.IMPORT_ERROR, "module " + name + " not in sys.modules");
            e.storeAttr("name", name == null ? PyNone.NONE : new PyStr(name));
            throw new PyException(e);
        }
        PyObject file = m.get("__file__");
        if (!(file instanceof PyStr f)) {
            return m;   // a Java module: nothing to run again
        }
        byte[] bytes = readBytes(f.value);
        if (bytes == null) {
            throw Errors.of(Exceptions.OS_ERROR, "[Errno 2] No such file or directory: '" + f.value + "'");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        try {
            interpreter.execModule(m, text, f.value, parse(f.value, bytes, text));
        } catch (dev.eddy.parser.SyntaxErrorException e) {
            throw syntaxError(e);
        }
        return modules.get(name);
    }

    // ---- __spec__ and __loader__ -----------------------------------------------------------------

    private PyModule support() {
        if (support == null) {
            PyModule s = new PyModule("_eddy_import");
            s.set("_read_source", new PyBuiltinFunction("_read_source", (a, kw) -> new PyStr(readSource(Ops.str(a[0])))));
            s.set("_read_bytes", new PyBuiltinFunction("_read_bytes", (a, kw) -> {
                byte[] b = readBytes(Ops.str(a[0]));
                if (b == null) {
                    throw Errors.of(Exceptions.OS_ERROR, "[Errno 2] No such file or directory: '" + Ops.str(a[0]) + "'");
                }
                return new PyBytes(b);
            }));
            dev.eddy.runtime.SourceModules.execResource(ModuleLoader.class, "import_support.py", s);
            support = s;
        }
        return support;
    }

    private PyObject makeLoader(String name, String file) {
        return support().get("SourceFileLoader").call(new PyObject[] {new PyStr(name), new PyStr(file)}, null);
    }

    private PyObject makeSpec(String name, PyObject loader, String file, boolean isPackage) {
        return support().get("ModuleSpec").call(new PyObject[] {new PyStr(name), loader, new PyStr(file), isPackage ? dev.eddy.runtime.PyBool.TRUE : dev.eddy.runtime.PyBool.FALSE},
                new String[] {"origin", "is_package"});
    }
}
