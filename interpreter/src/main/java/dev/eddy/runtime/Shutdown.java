package dev.eddy.runtime;

import java.util.ArrayList;
import java.util.List;

/** Work to do when the program ends (pending warnings, loop clean-up), in registration order. */
public final class Shutdown {
    private static final List<Runnable> HOOKS = new ArrayList<>();

    private Shutdown() {
    }

    public static void register(Runnable r) {
        HOOKS.add(r);
    }

    /** Takes the registered hooks, leaving none behind. */
    public static List<Runnable> hooks() {
        List<Runnable> copy = new ArrayList<>(HOOKS);
        HOOKS.clear();
        return copy;
    }
}
