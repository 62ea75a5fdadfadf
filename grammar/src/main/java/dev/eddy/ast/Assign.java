package dev.eddy.ast;

/** t1 = t2 = value (targets in source order). */
public record Assign(java.util.List<Expr> targets, Expr value, Pos pos) implements Stmt {
    @Override
    public <R> R accept(Stmt.Visitor<R> v) {
        return v.visitAssign(this);
    }
}
