package dev.eddy.ast;

/** a literal: Long or BigInteger (int), Double (float), String (str), byte[] (bytes), Boolean, or a Constant.Singleton (None, Ellipsis). */
public record Constant(Object value, Pos pos) implements Expr {
    @Override
    public <R> R accept(Expr.Visitor<R> v) {
        return v.visitConstant(this);
    }

    /** The two literal values that are neither numbers nor strings. */
    public enum Singleton { NONE, ELLIPSIS }
}
