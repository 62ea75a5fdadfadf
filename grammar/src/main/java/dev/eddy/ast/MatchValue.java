package dev.eddy.ast;

/** A literal or dotted-name pattern: matches what compares equal to the value. */
public record MatchValue(Expr value, Pos pos) implements Pattern {
}
