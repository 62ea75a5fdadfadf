package dev.eddy.ast;

/** async def f(...): .... */
public record AsyncFunctionDef(String name, Arguments args, java.util.List<Stmt> body, java.util.List<Expr> decoratorList, Expr returns, Pos pos) implements Stmt {
    @Override
    public <R> R accept(Stmt.Visitor<R> v) {
        return v.visitAsyncFunctionDef(this);
    }
}
