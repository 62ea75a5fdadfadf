package dev.eddy.ast;

/**
 * a literal: Long or BigInteger (int), Double (float), Constant.Imaginary (complex), String (str),
 * byte[] (bytes), Boolean, or a Constant.Singleton (None, Ellipsis).
 */
public record Constant(Object value, Pos pos) implements Expr {
    @Override
    public <R> R accept(Expr.Visitor<R> v) {
        return v.visitConstant(this);
    }

    /** An imaginary literal such as {@code 2.5j}: the value of its imaginary part. */
    public record Imaginary(double imag) {
    }

    /** The two literal values that are neither numbers nor strings. */
    public enum Singleton { NONE, ELLIPSIS }
}
