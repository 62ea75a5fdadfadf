package dev.eddy.compiler;

import dev.eddy.runtime.Code;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The compiler's state for one code object being built: slot layout, resume slots, loop depth. */
final class Unit {
    final Scope scope;
    final Unit parent;
    final Code.Kind kind;
    final String qualname;
    final Map<String, Integer> slots = new HashMap<>();
    final List<String> slotNames = new ArrayList<>();
    final List<Integer> cellSlots = new ArrayList<>();
    final List<Integer> freeSlots = new ArrayList<>();
    int resumeCount;
    int suspendCount;
    /** A suspension point sits inside a try or with (see {@link Code#suspendsInCleanup}). */
    boolean suspendsInCleanup;
    int loopDepth;
    int tempCount;

    Unit(Scope scope, Unit parent, Code.Kind kind, String qualname) {
        this.scope = scope;
        this.parent = parent;
        this.kind = kind;
        this.qualname = qualname;
        if (scope.kind == Scope.Kind.FUNCTION) {
            for (String p : scope.params) {
                add(p);
            }
            for (String n : scope.assigned) {
                if (scope.isLocal(n) && !slots.containsKey(n)) {
                    add(n);
                }
            }
            for (String n : scope.cells) {
                if (!slots.containsKey(n)) {
                    add(n);
                }
                cellSlots.add(slots.get(n));
            }
        } else if (scope.kind == Scope.Kind.CLASS) {
            for (String n : scope.cells) {
                cellSlots.add(add(n));
            }
        }
        for (String n : scope.frees) {
            freeSlots.add(slots.containsKey(n) ? slots.get(n) : add(n));
        }
    }

    private int add(String name) {
        int s = slotNames.size();
        slots.put(name, s);
        slotNames.add(name);
        return s;
    }

    int slot(String name) {
        Integer s = slots.get(name);
        if (s == null) {
            throw new IllegalStateException("no slot for " + name + " in " + scope.name);
        }
        return s;
    }

    int newTemp() {
        return add("$t" + tempCount++);
    }

    int newResume() {
        return resumeCount++;
    }

    boolean isGeneratorBody() {
        return kind == Code.Kind.GENERATOR || kind == Code.Kind.COROUTINE || kind == Code.Kind.ASYNC_GENERATOR;
    }

    static int[] ints(List<Integer> l) {
        int[] a = new int[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = l.get(i);
        }
        return a;
    }
}
