package dev.eddy.ast;

/** target: annotation [= value] (value may be null). */
public record AnnAssign(Expr target, Expr annotation, Expr value, boolean simple, Pos pos) implements Stmt {
    @Override
    public <R> R accept(Stmt.Visitor<R> v) {
        return v.visitAnnAssign(this);
    }
}
