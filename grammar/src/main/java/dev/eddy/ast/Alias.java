package dev.eddy.ast;

/** name [as asname] in an import; asname may be null. name may be dotted. */
public record Alias(String name, String asname, Pos pos) implements Node {
}
