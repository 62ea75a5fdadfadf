package dev.eddy.runtime;

/**
 * Lets Java code run Python source in a module's namespace (a Java module can keep its
 * higher-level parts in Python, as CPython keeps much of asyncio in Python). The interpreter
 * installs the executor at start-up.
 */
public final class SourceModules {
    private SourceModules() {
    }

    /**
     * Compiles and runs {@code source} with {@code module}'s globals, from its syntax tree
     * {@code parsed} if given (else it parses the source).
     */
    public interface Executor {
        void exec(PyModule module, String source, String filename, dev.eddy.ast.Module parsed);
    }

    public static void exec(PyModule module, String source, String filename) {
        InterpreterState.current().sourceExecutor.exec(module, source, filename, null);
    }

    /**
     * Reads a resource next to {@code anchor} and runs it in {@code module}, from the
     * compiled-module cache entry the build made beside it when that fits the resource.
     */
    public static void execResource(Class<?> anchor, String resource, PyModule module) {
        byte[] source = readResource(anchor, resource);
        if (source == null) {
            throw Errors.systemError("missing resource " + resource);
        }
        int slash = resource.lastIndexOf('/');
        String entryName = resource.substring(0, slash + 1)
                + dev.eddy.ast.codec.CacheEntry.relativePath(resource.substring(slash + 1));
        dev.eddy.ast.Module parsed = dev.eddy.ast.codec.CacheEntry.decodeShipped(readResource(anchor, entryName), source);
        String text = new String(source, java.nio.charset.StandardCharsets.UTF_8);
        InterpreterState.current().sourceExecutor.exec(module, text, "<frozen " + module.name + ">", parsed);
    }

    private static byte[] readResource(Class<?> anchor, String resource) {
        try (java.io.InputStream in = anchor.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
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
