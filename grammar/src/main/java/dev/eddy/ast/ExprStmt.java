package dev.eddy.ast;

/** an expression statement (CPython's ast.Expr). */
public record ExprStmt(Expr value, Pos pos) implements Stmt {
    @Override
    public <R> R accept(Stmt.Visitor<R> v) {
        return v.visitExprStmt(this);
    }
}
