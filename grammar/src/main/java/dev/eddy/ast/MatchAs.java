package dev.eddy.ast;

/** p as name, a bare capture (pattern null), or the wildcard _ (both null). */
public record MatchAs(Pattern pattern, String name, Pos pos) implements Pattern {
}
