package dev.eddy.interpreter;

import dev.eddy.nodes.Definitions;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyStr;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

/** Finds and loads modules for import: Java modules first, then .py files beside the main script. */
final class ModuleLoader implements Definitions.ModuleLoader {
    private final Interpreter interpreter;
    final Map<String, PyModule> modules = new HashMap<>();
    private Map<String, ModuleProvider> providers;

    ModuleLoader(Interpreter interpreter) {
        this.interpreter = interpreter;
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

    @Override
    public PyModule load(String name) {
        PyModule m = modules.get(name);
        if (m != null) {
            return m;
        }
        ModuleProvider p = providers().get(name);
        if (p != null) {
            m = p.create();
            modules.put(name, m);
            return m;
        }
        Path file = interpreter.scriptDir().resolve(name.replace('.', '/') + ".py");
        if (Files.isRegularFile(file)) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw Errors.of(Exceptions.OS_ERROR, e.getMessage());
            }
            m = new PyModule(name);
            m.set("__file__", new PyStr(file.toString()));
            modules.put(name, m);
            try {
                interpreter.execModule(m, text, file.toString());
            } catch (PyException e) {
                modules.remove(name);
                throw e;
            }
            return m;
        }
        PyBaseException e = Exceptions.make(Exceptions.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'");
        e.storeAttr("name", new PyStr(name));
        throw new PyException(e);
    }
}
