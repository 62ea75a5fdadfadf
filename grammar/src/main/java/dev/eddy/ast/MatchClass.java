package dev.eddy.ast;

/** Cls(p, ..., attr=p, ...): an isinstance check, then positional (via __match_args__) and keyword sub-patterns. */
public record MatchClass(Expr cls, java.util.List<Pattern> patterns, java.util.List<String> kwdAttrs,
                         java.util.List<Pattern> kwdPatterns, Pos pos) implements Pattern {
}
