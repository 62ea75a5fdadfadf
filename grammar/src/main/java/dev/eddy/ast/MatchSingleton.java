package dev.eddy.ast;

/** None, True or False as a pattern (compared by identity); value is Boolean or Constant.Singleton.NONE. */
public record MatchSingleton(Object value, Pos pos) implements Pattern {
}
