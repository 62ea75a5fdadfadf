package dev.eddy.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.ast.*;
import dev.eddy.ast.Module;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shape of the tree for constructs that are easy to get wrong (the exhaustive comparison
 * with CPython is OracleTest; these say in plain Java what the interpreter relies on).
 */
class AstShapeTest {

    private static Module parse(String src) {
        return PythonParser.parseFile(src, "t.py");
    }

    private static Expr expr(String src) {
        return ((ExprStmt) parse(src).body().get(0)).value();
    }

    @Test
    void powerBindsTighterThanUnaryMinusOnItsLeft() {
        UnaryOp neg = assertInstanceOf(UnaryOp.class, expr("-2**2"));
        assertEquals(UnaryOpKind.USub, neg.op());
        BinOp pow = assertInstanceOf(BinOp.class, neg.operand());
        assertEquals(Operator.Pow, pow.op());
        // and the exponent may itself be negative: 2**-1
        BinOp p2 = assertInstanceOf(BinOp.class, expr("2**-1"));
        assertInstanceOf(UnaryOp.class, p2.right());
    }

    @Test
    void powerIsRightAssociativeAndAwaitBindsTighter() {
        BinOp p = assertInstanceOf(BinOp.class, expr("a**b**c"));
        assertInstanceOf(Name.class, p.left());
        assertInstanceOf(BinOp.class, p.right());
        BinOp a = assertInstanceOf(BinOp.class, expr("await x ** 2"));
        assertInstanceOf(Await.class, a.left());
    }

    @Test
    void notIsLowerThanComparisons() {
        UnaryOp not = assertInstanceOf(UnaryOp.class, expr("not a == b"));
        assertEquals(UnaryOpKind.Not, not.op());
        assertInstanceOf(Compare.class, not.operand());
    }

    @Test
    void chainedComparisonWithNotInAndIsNot() {
        Compare c = assertInstanceOf(Compare.class, expr("a < b not in c is not d"));
        assertEquals(List.of(CmpOp.Lt, CmpOp.NotIn, CmpOp.IsNot), c.ops());
        assertEquals(3, c.comparators().size());
    }

    @Test
    void leftAssociativeArithmetic() {
        BinOp b = assertInstanceOf(BinOp.class, expr("a - b - c"));
        assertInstanceOf(BinOp.class, b.left());
        assertInstanceOf(Name.class, b.right());
        BinOp m = assertInstanceOf(BinOp.class, expr("a + b * c"));
        assertEquals(Operator.Add, m.op());
        assertEquals(Operator.Mult, ((BinOp) m.right()).op());
    }

    @Test
    void integerLiterals() {
        assertEquals(255L, ((Constant) expr("0xff")).value());
        assertEquals(1_000_000L, ((Constant) expr("1_000_000")).value());
        assertEquals(new BigInteger("123456789012345678901234567890"),
                ((Constant) expr("123456789012345678901234567890")).value());
        assertEquals(Long.MAX_VALUE, ((Constant) expr("9223372036854775807")).value());
        assertEquals(new BigInteger("9223372036854775808"), ((Constant) expr("9223372036854775808")).value());
        assertEquals(0.5, ((Constant) expr(".5")).value());
        assertEquals(1e10, ((Constant) expr("1e10")).value());
    }

    @Test
    void stringLiteralsConcatenateAndBytesAreByteArrays() {
        assertEquals("ab\n", ((Constant) expr("'a' \"b\" '\\n'")).value());
        byte[] b = (byte[]) ((Constant) expr("b'\\x00\\xff' b'A'")).value();
        assertEquals(3, b.length);
        assertEquals((byte) 0xff, b[1]);
        assertEquals("\\d", ((Constant) expr("r'\\d'")).value());
    }

    @Test
    void fstringWithConversionAndNestedFormatSpec() {
        JoinedStr j = assertInstanceOf(JoinedStr.class, expr("f'{x!r:>{w}}'"));
        FormattedValue v = assertInstanceOf(FormattedValue.class, j.values().get(0));
        assertEquals('r', v.conversion());
        JoinedStr spec = assertInstanceOf(JoinedStr.class, v.formatSpec());
        assertEquals(">", ((Constant) spec.values().get(0)).value());
        assertInstanceOf(FormattedValue.class, spec.values().get(1));
    }

    @Test
    void fstringDebugForm() {
        JoinedStr j = assertInstanceOf(JoinedStr.class, expr("f'{x = }'"));
        assertEquals("x = ", ((Constant) j.values().get(0)).value());
        assertEquals('r', ((FormattedValue) j.values().get(1)).conversion());
        JoinedStr k = assertInstanceOf(JoinedStr.class, expr("f'{x=:>5}'"));
        assertEquals(-1, ((FormattedValue) k.values().get(1)).conversion());
    }

    @Test
    void fstringExpressionPositionsAreReal() {
        JoinedStr j = assertInstanceOf(JoinedStr.class, expr("f'ab{cd}'"));
        Name n = (Name) ((FormattedValue) j.values().get(1)).value();
        assertEquals(new Pos(1, 5, 1, 7), n.pos());
    }

    @Test
    void slicesAndTuplesOfSlices() {
        Subscript s = assertInstanceOf(Subscript.class, expr("a[1:2, ::3]"));
        TupleExpr t = assertInstanceOf(TupleExpr.class, s.slice());
        Slice first = assertInstanceOf(Slice.class, t.elts().get(0));
        assertNull(first.step());
        Slice second = assertInstanceOf(Slice.class, t.elts().get(1));
        assertNull(second.lower());
        assertNull(second.upper());
    }

    @Test
    void assignmentTargetsGetStoreContext() {
        Assign a = assertInstanceOf(Assign.class, parse("a, *b = c = d").body().get(0));
        TupleExpr t = assertInstanceOf(TupleExpr.class, a.targets().get(0));
        assertEquals(Ctx.STORE, t.ctx());
        Starred s = assertInstanceOf(Starred.class, t.elts().get(1));
        assertEquals(Ctx.STORE, s.ctx());
        assertEquals(Ctx.STORE, ((Name) s.value()).ctx());
        assertEquals(Ctx.STORE, ((Name) a.targets().get(1)).ctx());
        Delete d = assertInstanceOf(Delete.class, parse("del a.b, c[0]").body().get(0));
        assertEquals(Ctx.DEL, ((Attribute) d.targets().get(0)).ctx());
        assertEquals(Ctx.LOAD, ((Name) ((Attribute) d.targets().get(0)).value()).ctx());
    }

    @Test
    void decoratorsAndPositionOfDecoratedFunction() {
        FunctionDef f = assertInstanceOf(FunctionDef.class, parse("@a\n@b.c(1)\ndef f(x, /, y=1, *a, z, **k): pass\n")
                .body().get(0));
        assertEquals(2, f.decoratorList().size());
        assertEquals(3, f.pos().line());
        Arguments args = f.args();
        assertEquals("x", args.posonlyargs().get(0).arg());
        assertEquals("y", args.args().get(0).arg());
        assertEquals(1, args.defaults().size());
        assertEquals("a", args.vararg().arg());
        assertEquals("z", args.kwonlyargs().get(0).arg());
        assertNull(args.kwDefaults().get(0));
        assertEquals("k", args.kwarg().arg());
    }

    @Test
    void yieldForms() {
        FunctionDef f = (FunctionDef) parse("def g():\n    yield\n    x = yield 1\n    y = yield from z\n    print((yield))\n")
                .body().get(0);
        assertNull(((Yield) ((ExprStmt) f.body().get(0)).value()).value());
        assertInstanceOf(Yield.class, ((Assign) f.body().get(1)).value());
        assertInstanceOf(YieldFrom.class, ((Assign) f.body().get(2)).value());
        Call call = (Call) ((ExprStmt) f.body().get(3)).value();
        assertInstanceOf(Yield.class, call.args().get(0));
    }

    @Test
    void asyncConstructs() {
        AsyncFunctionDef f = assertInstanceOf(AsyncFunctionDef.class, parse(
                "async def f():\n    async for x in y:\n        pass\n    async with a as b:\n        pass\n"
                        + "    return [await x async for x in z]\n").body().get(0));
        assertInstanceOf(AsyncFor.class, f.body().get(0));
        assertInstanceOf(AsyncWith.class, f.body().get(1));
        ListComp lc = (ListComp) ((Return) f.body().get(2)).value();
        assertTrue(lc.generators().get(0).isAsync());
        assertInstanceOf(Await.class, lc.elt());
    }

    @Test
    void parenthesizedWithItems() {
        With w = assertInstanceOf(With.class, parse("with (open(a) as f, open(b) as g):\n    pass\n").body().get(0));
        assertEquals(2, w.items().size());
        With t = assertInstanceOf(With.class, parse("with (a, b) as c:\n    pass\n").body().get(0));
        assertInstanceOf(TupleExpr.class, t.items().get(0).contextExpr());
    }

    @Test
    void tryStarAndElif() {
        assertInstanceOf(TryStar.class, parse("try:\n    pass\nexcept* E:\n    pass\n").body().get(0));
        If i = (If) parse("if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n").body().get(0);
        If elif = assertInstanceOf(If.class, i.orelse().get(0));
        assertInstanceOf(Pass.class, elif.orelse().get(0));
    }

    @Test
    void callArgumentsAndBareGenerator() {
        Call c = assertInstanceOf(Call.class, expr("f(a, *b, c=1, **d)"));
        assertEquals(2, c.args().size());
        assertInstanceOf(Starred.class, c.args().get(1));
        assertEquals("c", c.keywords().get(0).arg());
        assertNull(c.keywords().get(1).arg());
        Call g = assertInstanceOf(Call.class, expr("sum(x for x in y)"));
        GeneratorExp ge = assertInstanceOf(GeneratorExp.class, g.args().get(0));
        assertEquals(new Pos(1, 3, 1, 17), ge.pos());
    }

    @Test
    void displaysWithStarsAndDictUnpacking() {
        ListExpr l = assertInstanceOf(ListExpr.class, expr("[*a, 1]"));
        assertInstanceOf(Starred.class, l.elts().get(0));
        DictExpr d = assertInstanceOf(DictExpr.class, expr("{**a, 'k': 1}"));
        assertNull(d.keys().get(0));
        assertInstanceOf(SetExpr.class, expr("{1, *b}"));
    }

    @Test
    void walrusLambdaAndConditional() {
        NamedExpr n = assertInstanceOf(NamedExpr.class, expr("(y := f(x))"));
        assertEquals(Ctx.STORE, ((Name) n.target()).ctx());
        Lambda l = assertInstanceOf(Lambda.class, expr("lambda x, *, k=1: x if k else -x"));
        assertInstanceOf(IfExp.class, l.body());
    }

    @Test
    void annotatedAssignment() {
        AnnAssign a = assertInstanceOf(AnnAssign.class, parse("x: int = 1").body().get(0));
        assertTrue(a.simple());
        AnnAssign b = assertInstanceOf(AnnAssign.class, parse("(x): int").body().get(0));
        assertTrue(!b.simple());
        assertNull(b.value());
    }

    @Test
    void crlfAndNoTrailingNewline() {
        Module m = parse("if x:\r\n    y = 1\r\nz = 2");
        assertEquals(2, m.body().size());
        assertEquals(new Pos(3, 0, 3, 5), m.body().get(1).pos());
    }
}
