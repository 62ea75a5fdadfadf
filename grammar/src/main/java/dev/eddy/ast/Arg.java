package dev.eddy.ast;

/** One parameter (CPython's ast.arg); annotation may be null. */
public record Arg(String arg, Expr annotation, Pos pos) implements Node {
}
