package dev.eddy.ast;

/** def f(...): ... (returns may be null). */
public record FunctionDef(String name, Arguments args, java.util.List<Stmt> body, java.util.List<Expr> decoratorList, Expr returns, Pos pos) implements Stmt {
    @Override
    public <R> R accept(Stmt.Visitor<R> v) {
        return v.visitFunctionDef(this);
    }
}
