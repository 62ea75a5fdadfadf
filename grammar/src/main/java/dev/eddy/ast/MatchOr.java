package dev.eddy.ast;

/** p | q | ...: the first alternative that matches. */
public record MatchOr(java.util.List<Pattern> patterns, Pos pos) implements Pattern {
}
