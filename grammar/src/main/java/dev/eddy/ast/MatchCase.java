package dev.eddy.ast;

/** case pattern [if guard]: body (CPython's match_case; guard may be null). */
public record MatchCase(Pattern pattern, Expr guard, java.util.List<Stmt> body, Pos pos) implements Node {
}
