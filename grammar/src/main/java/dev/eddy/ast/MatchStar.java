package dev.eddy.ast;

/** *name (or *_ with name null) inside a sequence pattern. */
public record MatchStar(String name, Pos pos) implements Pattern {
}
