package dev.eddy.runtime;

import java.util.ArrayList;
import java.util.List;

/** Work to do when the program ends (pending warnings, loop clean-up), in registration order; each interpreter has its own. */
public final class Shutdown {
    private Shutdown() {
    }

    public static void register(Runnable r) {
        List<Runnable> hooks = InterpreterState.current().shutdownHooks;
        synchronized (hooks) {
            hooks.add(r);
        }
    }

    /** Takes the registered hooks, leaving none behind. */
    public static List<Runnable> hooks() {
        List<Runnable> hooks = InterpreterState.current().shutdownHooks;
        synchronized (hooks) {
            List<Runnable> copy = new ArrayList<>(hooks);
            hooks.clear();
            return copy;
        }
    }
}
