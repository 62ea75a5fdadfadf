package dev.eddy.ast;

/** async for. */
public record AsyncFor(Expr target, Expr iter, java.util.List<Stmt> body, java.util.List<Stmt> orelse, Pos pos) implements Stmt {
    @Override
    public <R> R accept(Stmt.Visitor<R> v) {
        return v.visitAsyncFor(this);
    }
}
