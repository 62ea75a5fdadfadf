package dev.eddy.ast;

/** func(args, keywords); *x in args is a Starred, **m is a Keyword with null arg. */
public record Call(Expr func, java.util.List<Expr> args, java.util.List<Keyword> keywords, Pos pos) implements Expr {
    @Override
    public <R> R accept(Expr.Visitor<R> v) {
        return v.visitCall(this);
    }
}
