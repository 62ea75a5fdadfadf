package dev.eddy.ast;

/** for target in iter: body else: orelse. */
public record For(Expr target, Expr iter, java.util.List<Stmt> body, java.util.List<Stmt> orelse, Pos pos) implements Stmt {
    @Override
    public <R> R accept(Stmt.Visitor<R> v) {
        return v.visitFor(this);
    }
}
