package dev.eddy.ast;

/** [p, *rest, q] or (p, q): a sequence pattern, at most one MatchStar among its patterns. */
public record MatchSequence(java.util.List<Pattern> patterns, Pos pos) implements Pattern {
}
