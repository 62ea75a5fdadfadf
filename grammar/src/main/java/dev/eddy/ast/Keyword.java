package dev.eddy.ast;

/** name=value in a call or class header; arg is null for **value. */
public record Keyword(String arg, Expr value, Pos pos) implements Node {
}
