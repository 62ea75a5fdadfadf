package dev.eddy.runtime;

/**
 * Lets Java code run Python source in a module's namespace (a Java module can keep its
 * higher-level parts in Python, as CPython keeps much of asyncio in Python). The interpreter
 * installs the executor at start-up.
 */
public final class SourceModules {
    private SourceModules() {
    }

    /** Parses, compiles and runs {@code source} with {@code module}'s globals. */
    public interface Executor {
        void exec(PyModule module, String source, String filename);
    }

    public static void exec(PyModule module, String source, String filename) {
        InterpreterState.current().sourceExecutor.exec(module, source, filename);
    }

    /** Reads a resource next to {@code anchor} and runs it in {@code module}. */
    public static void execResource(Class<?> anchor, String resource, PyModule module) {
        try (java.io.InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw Errors.systemError("missing resource " + resource);
            }
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            exec(module, text, "<frozen " + module.name + ">");
        } catch (java.io.IOException e) {
            throw Errors.systemError("cannot read resource " + resource);
        }
    }

    /**
     * Runs a module's Python part only when one of {@code names} is first looked up (through a
     * module __getattr__), so that importing the module stays cheap for programs that never use them.
     */
    public static void execResourceOnFirstUse(Class<?> anchor, String resource, PyModule module, String... names) {
        java.util.Set<String> lazy = java.util.Set.of(names);
        module.set("__getattr__", new PyBuiltinFunction("__getattr__", (a, kw) -> {
            String name = a.length == 1 && a[0] instanceof PyStr s ? s.value : "";
            if (lazy.contains(name)) {
                module.globals.remove("__getattr__");
                execResource(anchor, resource, module);
                PyObject v = module.get(name);
                if (v != null) {
                    return v;
                }
            }
            throw Errors.noAttribute(module, name);
        }));
    }
}
