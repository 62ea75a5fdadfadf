package dev.eddy.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** One scope found by the {@link ScopeAnalyzer}: a module, class body, function, lambda or comprehension. */
final class Scope {
    enum Kind { MODULE, CLASS, FUNCTION }

    /** How a name is reached from this scope. */
    enum Binding { LOCAL, CELL, FREE, GLOBAL, CLASS }

    final Kind kind;
    final String name;
    final Scope parent;
    final boolean comprehension;
    final List<String> params = new ArrayList<>();
    final LinkedHashSet<String> assigned = new LinkedHashSet<>();
    final LinkedHashSet<String> used = new LinkedHashSet<>();
    final LinkedHashSet<String> globals = new LinkedHashSet<>();
    final LinkedHashSet<String> nonlocals = new LinkedHashSet<>();
    /** Locals that inner scopes capture. */
    final LinkedHashSet<String> cells = new LinkedHashSet<>();
    /** Names captured from enclosing scopes (including pass-through ones), in first-use order. */
    final LinkedHashSet<String> frees = new LinkedHashSet<>();
    final List<Scope> children = new ArrayList<>();
    final Map<String, Binding> bindings = new HashMap<>();
    boolean isGenerator;
    boolean isAsync;
    boolean usesClassCell;

    Scope(Kind kind, String name, Scope parent, boolean comprehension) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        this.comprehension = comprehension;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    boolean isLocal(String n) {
        return kind == Kind.FUNCTION && (params.contains(n) || assigned.contains(n)) && !globals.contains(n) && !nonlocals.contains(n);
    }

    Binding binding(String n) {
        Binding b = bindings.get(n);
        if (b == null) {
            return kind == Kind.CLASS ? Binding.CLASS : Binding.GLOBAL;
        }
        return b;
    }
}
