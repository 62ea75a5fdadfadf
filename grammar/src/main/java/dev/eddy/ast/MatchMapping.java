package dev.eddy.ast;

/** {key: p, ..., **rest}: keys are literal or value expressions; rest may be null. */
public record MatchMapping(java.util.List<Expr> keys, java.util.List<Pattern> patterns, String rest, Pos pos) implements Pattern {
}
