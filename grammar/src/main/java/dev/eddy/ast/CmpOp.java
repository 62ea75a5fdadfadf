package dev.eddy.ast;

/** Comparison operators, named as in CPython's ast module. */
public enum CmpOp {
    Eq("=="), NotEq("!="), Lt("<"), LtE("<="), Gt(">"), GtE(">="), Is("is"), IsNot("is not"), In("in"), NotIn("not in");

    /** The operator as written in source. */
    public final String symbol;

    CmpOp(String symbol) {
        this.symbol = symbol;
    }
}
