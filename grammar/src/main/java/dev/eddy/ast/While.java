package dev.eddy.ast;

/** while test: body else: orelse. */
public record While(Expr test, java.util.List<Stmt> body, java.util.List<Stmt> orelse, Pos pos) implements Stmt {
    @Override
    public <R> R accept(Stmt.Visitor<R> v) {
        return v.visitWhile(this);
    }
}
