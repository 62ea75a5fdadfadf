package dev.eddy.runtime;

/** Python's binary operators with their dunder names, in the order of dev.eddy.ast.Operator. */
public enum BinaryOp {
    ADD("+", "__add__", "__radd__", "__iadd__"),
    SUB("-", "__sub__", "__rsub__", "__isub__"),
    MUL("*", "__mul__", "__rmul__", "__imul__"),
    MATMUL("@", "__matmul__", "__rmatmul__", "__imatmul__"),
    TRUEDIV("/", "__truediv__", "__rtruediv__", "__itruediv__"),
    MOD("%", "__mod__", "__rmod__", "__imod__"),
    POW("**", "__pow__", "__rpow__", "__ipow__"),
    LSHIFT("<<", "__lshift__", "__rlshift__", "__ilshift__"),
    RSHIFT(">>", "__rshift__", "__rrshift__", "__irshift__"),
    OR("|", "__or__", "__ror__", "__ior__"),
    XOR("^", "__xor__", "__rxor__", "__ixor__"),
    AND("&", "__and__", "__rand__", "__iand__"),
    FLOORDIV("//", "__floordiv__", "__rfloordiv__", "__ifloordiv__");

    public final String symbol;
    public final String dunder;
    public final String reflected;
    public final String inplace;

    BinaryOp(String symbol, String dunder, String reflected, String inplace) {
        this.symbol = symbol;
        this.dunder = dunder;
        this.reflected = reflected;
        this.inplace = inplace;
    }
}
