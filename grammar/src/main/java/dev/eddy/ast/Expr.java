package dev.eddy.ast;

/** An expression node; the kinds and fields follow CPython 3.11's ast module. */
public interface Expr extends Node {
    <R> R accept(Visitor<R> v);

    /** One method per expression kind. */
    interface Visitor<R> {
        R visitBoolOp(BoolOp node);
        R visitNamedExpr(NamedExpr node);
        R visitBinOp(BinOp node);
        R visitUnaryOp(UnaryOp node);
        R visitLambda(Lambda node);
        R visitIfExp(IfExp node);
        R visitDictExpr(DictExpr node);
        R visitSetExpr(SetExpr node);
        R visitListComp(ListComp node);
        R visitSetComp(SetComp node);
        R visitDictComp(DictComp node);
        R visitGeneratorExp(GeneratorExp node);
        R visitAwait(Await node);
        R visitYield(Yield node);
        R visitYieldFrom(YieldFrom node);
        R visitCompare(Compare node);
        R visitCall(Call node);
        R visitFormattedValue(FormattedValue node);
        R visitJoinedStr(JoinedStr node);
        R visitConstant(Constant node);
        R visitAttribute(Attribute node);
        R visitSubscript(Subscript node);
        R visitStarred(Starred node);
        R visitName(Name node);
        R visitListExpr(ListExpr node);
        R visitTupleExpr(TupleExpr node);
        R visitSlice(Slice node);
    }
}
