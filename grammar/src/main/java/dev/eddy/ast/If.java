package dev.eddy.ast;

/** if/elif/else; elif is a nested If alone in orelse. */
public record If(Expr test, java.util.List<Stmt> body, java.util.List<Stmt> orelse, Pos pos) implements Stmt {
    @Override
    public <R> R accept(Stmt.Visitor<R> v) {
        return v.visitIf(this);
    }
}
