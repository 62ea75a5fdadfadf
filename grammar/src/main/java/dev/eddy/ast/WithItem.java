package dev.eddy.ast;

/** One item of a with statement; optionalVars may be null. */
public record WithItem(Expr contextExpr, Expr optionalVars) {
}
