package dev.eddy.ast;

/** del a, b[i], c.x. */
public record Delete(java.util.List<Expr> targets, Pos pos) implements Stmt {
    @Override
    public <R> R accept(Stmt.Visitor<R> v) {
        return v.visitDelete(this);
    }
}
