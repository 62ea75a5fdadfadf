package dev.eddy.ast.codec;

import dev.eddy.ast.Alias;
import dev.eddy.ast.AnnAssign;
import dev.eddy.ast.Arg;
import dev.eddy.ast.Arguments;
import dev.eddy.ast.Assert;
import dev.eddy.ast.Assign;
import dev.eddy.ast.AsyncFor;
import dev.eddy.ast.AsyncFunctionDef;
import dev.eddy.ast.AsyncWith;
import dev.eddy.ast.Attribute;
import dev.eddy.ast.AugAssign;
import dev.eddy.ast.Await;
import dev.eddy.ast.BinOp;
import dev.eddy.ast.BoolOp;
import dev.eddy.ast.Break;
import dev.eddy.ast.Call;
import dev.eddy.ast.ClassDef;
import dev.eddy.ast.CmpOp;
import dev.eddy.ast.Compare;
import dev.eddy.ast.Comprehension;
import dev.eddy.ast.Constant;
import dev.eddy.ast.Continue;
import dev.eddy.ast.Delete;
import dev.eddy.ast.DictComp;
import dev.eddy.ast.DictExpr;
import dev.eddy.ast.ExceptHandler;
import dev.eddy.ast.Expr;
import dev.eddy.ast.ExprStmt;
import dev.eddy.ast.For;
import dev.eddy.ast.FormattedValue;
import dev.eddy.ast.FunctionDef;
import dev.eddy.ast.GeneratorExp;
import dev.eddy.ast.Global;
import dev.eddy.ast.If;
import dev.eddy.ast.IfExp;
import dev.eddy.ast.Import;
import dev.eddy.ast.ImportFrom;
import dev.eddy.ast.JoinedStr;
import dev.eddy.ast.Keyword;
import dev.eddy.ast.Lambda;
import dev.eddy.ast.ListComp;
import dev.eddy.ast.ListExpr;
import dev.eddy.ast.Match;
import dev.eddy.ast.MatchAs;
import dev.eddy.ast.MatchCase;
import dev.eddy.ast.MatchClass;
import dev.eddy.ast.MatchMapping;
import dev.eddy.ast.MatchOr;
import dev.eddy.ast.MatchSequence;
import dev.eddy.ast.MatchSingleton;
import dev.eddy.ast.MatchStar;
import dev.eddy.ast.MatchValue;
import dev.eddy.ast.Module;
import dev.eddy.ast.Name;
import dev.eddy.ast.NamedExpr;
import dev.eddy.ast.Nonlocal;
import dev.eddy.ast.Pass;
import dev.eddy.ast.Pattern;
import dev.eddy.ast.Pos;
import dev.eddy.ast.Raise;
import dev.eddy.ast.Return;
import dev.eddy.ast.SetComp;
import dev.eddy.ast.SetExpr;
import dev.eddy.ast.Slice;
import dev.eddy.ast.Starred;
import dev.eddy.ast.Stmt;
import dev.eddy.ast.Subscript;
import dev.eddy.ast.Try;
import dev.eddy.ast.TryStar;
import dev.eddy.ast.TupleExpr;
import dev.eddy.ast.UnaryOp;
import dev.eddy.ast.While;
import dev.eddy.ast.With;
import dev.eddy.ast.WithItem;
import dev.eddy.ast.Yield;
import dev.eddy.ast.YieldFrom;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a parsed module in the compact binary form {@link AstReader} reads back: every node
 * as a kind tag followed by its fields in record order, numbers as variable-length integers,
 * and each distinct string once (later uses refer back to it by index).
 */
public final class AstWriter {
    private byte[] buf = new byte[4096];
    private int len;
    private final Map<String, Integer> strings = new HashMap<>();

    private AstWriter() {
    }

    /** The module's syntax tree as bytes. */
    public static byte[] write(Module module) {
        AstWriter w = new AstWriter();
        w.stmtList(module.body());
        return java.util.Arrays.copyOf(w.buf, w.len);
    }

    // ---- statements: a tag (1 + the kind's index in STMTS), then the fields in record order ----
    private void stmt(Stmt s) {
        if (s == null) {
            unsigned(0);
        } else {
            s.accept(stmtWriter);
        }
    }
    private final Stmt.Visitor<Void> stmtWriter = new Stmt.Visitor<>() {
        @Override
        public Void visitFunctionDef(FunctionDef n) {
            unsigned(1);
            string(n.name());
            arguments(n.args());
            stmtList(n.body());
            exprList(n.decoratorList());
            expr(n.returns());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitAsyncFunctionDef(AsyncFunctionDef n) {
            unsigned(2);
            string(n.name());
            arguments(n.args());
            stmtList(n.body());
            exprList(n.decoratorList());
            expr(n.returns());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitClassDef(ClassDef n) {
            unsigned(3);
            string(n.name());
            exprList(n.bases());
            keywordList(n.keywords());
            stmtList(n.body());
            exprList(n.decoratorList());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitReturn(Return n) {
            unsigned(4);
            expr(n.value());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitDelete(Delete n) {
            unsigned(5);
            exprList(n.targets());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitAssign(Assign n) {
            unsigned(6);
            exprList(n.targets());
            expr(n.value());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitAugAssign(AugAssign n) {
            unsigned(7);
            expr(n.target());
            unsigned(n.op().ordinal());
            expr(n.value());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitAnnAssign(AnnAssign n) {
            unsigned(8);
            expr(n.target());
            expr(n.annotation());
            expr(n.value());
            bool(n.simple());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitFor(For n) {
            unsigned(9);
            expr(n.target());
            expr(n.iter());
            stmtList(n.body());
            stmtList(n.orelse());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitAsyncFor(AsyncFor n) {
            unsigned(10);
            expr(n.target());
            expr(n.iter());
            stmtList(n.body());
            stmtList(n.orelse());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitWhile(While n) {
            unsigned(11);
            expr(n.test());
            stmtList(n.body());
            stmtList(n.orelse());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitIf(If n) {
            unsigned(12);
            expr(n.test());
            stmtList(n.body());
            stmtList(n.orelse());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitWith(With n) {
            unsigned(13);
            withItemList(n.items());
            stmtList(n.body());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitAsyncWith(AsyncWith n) {
            unsigned(14);
            withItemList(n.items());
            stmtList(n.body());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitRaise(Raise n) {
            unsigned(15);
            expr(n.exc());
            expr(n.cause());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitTry(Try n) {
            unsigned(16);
            stmtList(n.body());
            exceptHandlerList(n.handlers());
            stmtList(n.orelse());
            stmtList(n.finalbody());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitTryStar(TryStar n) {
            unsigned(17);
            stmtList(n.body());
            exceptHandlerList(n.handlers());
            stmtList(n.orelse());
            stmtList(n.finalbody());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitAssert(Assert n) {
            unsigned(18);
            expr(n.test());
            expr(n.msg());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitImport(Import n) {
            unsigned(19);
            aliasList(n.names());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitImportFrom(ImportFrom n) {
            unsigned(20);
            string(n.module());
            aliasList(n.names());
            signed(n.level());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitGlobal(Global n) {
            unsigned(21);
            stringList(n.names());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitNonlocal(Nonlocal n) {
            unsigned(22);
            stringList(n.names());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitExprStmt(ExprStmt n) {
            unsigned(23);
            expr(n.value());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitPass(Pass n) {
            unsigned(24);
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitBreak(Break n) {
            unsigned(25);
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitContinue(Continue n) {
            unsigned(26);
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitMatch(Match n) {
            unsigned(27);
            expr(n.subject());
            matchCaseList(n.cases());
            pos(n.pos());
            return null;
        }
    };

    // ---- expressions: a tag (1 + the kind's index in EXPRS), then the fields ----
    private void expr(Expr e) {
        if (e == null) {
            unsigned(0);
        } else {
            e.accept(exprWriter);
        }
    }
    private final Expr.Visitor<Void> exprWriter = new Expr.Visitor<>() {
        @Override
        public Void visitBoolOp(BoolOp n) {
            unsigned(1);
            unsigned(n.op().ordinal());
            exprList(n.values());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitNamedExpr(NamedExpr n) {
            unsigned(2);
            expr(n.target());
            expr(n.value());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitBinOp(BinOp n) {
            unsigned(3);
            expr(n.left());
            unsigned(n.op().ordinal());
            expr(n.right());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitUnaryOp(UnaryOp n) {
            unsigned(4);
            unsigned(n.op().ordinal());
            expr(n.operand());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitLambda(Lambda n) {
            unsigned(5);
            arguments(n.args());
            expr(n.body());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitIfExp(IfExp n) {
            unsigned(6);
            expr(n.test());
            expr(n.body());
            expr(n.orelse());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitDictExpr(DictExpr n) {
            unsigned(7);
            exprList(n.keys());
            exprList(n.values());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitSetExpr(SetExpr n) {
            unsigned(8);
            exprList(n.elts());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitListComp(ListComp n) {
            unsigned(9);
            expr(n.elt());
            comprehensionList(n.generators());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitSetComp(SetComp n) {
            unsigned(10);
            expr(n.elt());
            comprehensionList(n.generators());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitDictComp(DictComp n) {
            unsigned(11);
            expr(n.key());
            expr(n.value());
            comprehensionList(n.generators());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitGeneratorExp(GeneratorExp n) {
            unsigned(12);
            expr(n.elt());
            comprehensionList(n.generators());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitAwait(Await n) {
            unsigned(13);
            expr(n.value());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitYield(Yield n) {
            unsigned(14);
            expr(n.value());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitYieldFrom(YieldFrom n) {
            unsigned(15);
            expr(n.value());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitCompare(Compare n) {
            unsigned(16);
            expr(n.left());
            cmpOpList(n.ops());
            exprList(n.comparators());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitCall(Call n) {
            unsigned(17);
            expr(n.func());
            exprList(n.args());
            keywordList(n.keywords());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitFormattedValue(FormattedValue n) {
            unsigned(18);
            expr(n.value());
            signed(n.conversion());
            expr(n.formatSpec());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitJoinedStr(JoinedStr n) {
            unsigned(19);
            exprList(n.values());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitConstant(Constant n) {
            unsigned(20);
            constant(n.value());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitAttribute(Attribute n) {
            unsigned(21);
            expr(n.value());
            string(n.attr());
            unsigned(n.ctx().ordinal());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitSubscript(Subscript n) {
            unsigned(22);
            expr(n.value());
            expr(n.slice());
            unsigned(n.ctx().ordinal());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitStarred(Starred n) {
            unsigned(23);
            expr(n.value());
            unsigned(n.ctx().ordinal());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitName(Name n) {
            unsigned(24);
            string(n.id());
            unsigned(n.ctx().ordinal());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitListExpr(ListExpr n) {
            unsigned(25);
            exprList(n.elts());
            unsigned(n.ctx().ordinal());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitTupleExpr(TupleExpr n) {
            unsigned(26);
            exprList(n.elts());
            unsigned(n.ctx().ordinal());
            pos(n.pos());
            return null;
        }

        @Override
        public Void visitSlice(Slice n) {
            unsigned(27);
            expr(n.lower());
            expr(n.upper());
            expr(n.step());
            pos(n.pos());
            return null;
        }
    };

    // ---- patterns: a tag (1 + the kind's index in PATTERNS), then the fields ----
    private void pattern(Pattern p) {
        if (p == null) {
            unsigned(0);
        } else if (p instanceof MatchValue n) {
            unsigned(1);
            expr(n.value());
            pos(n.pos());
        } else if (p instanceof MatchSingleton n) {
            unsigned(2);
            constant(n.value());
            pos(n.pos());
        } else if (p instanceof MatchSequence n) {
            unsigned(3);
            patternList(n.patterns());
            pos(n.pos());
        } else if (p instanceof MatchMapping n) {
            unsigned(4);
            exprList(n.keys());
            patternList(n.patterns());
            string(n.rest());
            pos(n.pos());
        } else if (p instanceof MatchClass n) {
            unsigned(5);
            expr(n.cls());
            patternList(n.patterns());
            stringList(n.kwdAttrs());
            patternList(n.kwdPatterns());
            pos(n.pos());
        } else if (p instanceof MatchStar n) {
            unsigned(6);
            string(n.name());
            pos(n.pos());
        } else if (p instanceof MatchAs n) {
            unsigned(7);
            pattern(n.pattern());
            string(n.name());
            pos(n.pos());
        } else if (p instanceof MatchOr n) {
            unsigned(8);
            patternList(n.patterns());
            pos(n.pos());
        } else {
            throw new IllegalArgumentException("unknown pattern " + p.getClass().getName());
        }
    }

    // ---- the other nodes: 0 for null, else 1 and the fields ----
    private void arguments(Arguments n) {
        if (n == null) {
            unsigned(0);
            return;
        }
        unsigned(1);
        argList(n.posonlyargs());
        argList(n.args());
        arg(n.vararg());
        argList(n.kwonlyargs());
        exprList(n.kwDefaults());
        arg(n.kwarg());
        exprList(n.defaults());
    }

    private void arg(Arg n) {
        if (n == null) {
            unsigned(0);
            return;
        }
        unsigned(1);
        string(n.arg());
        expr(n.annotation());
        pos(n.pos());
    }

    private void keyword(Keyword n) {
        if (n == null) {
            unsigned(0);
            return;
        }
        unsigned(1);
        string(n.arg());
        expr(n.value());
        pos(n.pos());
    }

    private void alias(Alias n) {
        if (n == null) {
            unsigned(0);
            return;
        }
        unsigned(1);
        string(n.name());
        string(n.asname());
        pos(n.pos());
    }

    private void comprehension(Comprehension n) {
        if (n == null) {
            unsigned(0);
            return;
        }
        unsigned(1);
        expr(n.target());
        expr(n.iter());
        exprList(n.ifs());
        bool(n.isAsync());
    }

    private void withItem(WithItem n) {
        if (n == null) {
            unsigned(0);
            return;
        }
        unsigned(1);
        expr(n.contextExpr());
        expr(n.optionalVars());
    }

    private void exceptHandler(ExceptHandler n) {
        if (n == null) {
            unsigned(0);
            return;
        }
        unsigned(1);
        expr(n.type());
        string(n.name());
        stmtList(n.body());
        pos(n.pos());
    }

    private void matchCase(MatchCase n) {
        if (n == null) {
            unsigned(0);
            return;
        }
        unsigned(1);
        pattern(n.pattern());
        expr(n.guard());
        stmtList(n.body());
        pos(n.pos());
    }

    // ---- lists: the length, then the elements ----
    private void aliasList(List<Alias> list) {
        unsigned(list.size());
        for (Alias x : list) {
            alias(x);
        }
    }

    private void argList(List<Arg> list) {
        unsigned(list.size());
        for (Arg x : list) {
            arg(x);
        }
    }

    private void cmpOpList(List<CmpOp> list) {
        unsigned(list.size());
        for (CmpOp x : list) {
            unsigned(x.ordinal());
        }
    }

    private void comprehensionList(List<Comprehension> list) {
        unsigned(list.size());
        for (Comprehension x : list) {
            comprehension(x);
        }
    }

    private void exceptHandlerList(List<ExceptHandler> list) {
        unsigned(list.size());
        for (ExceptHandler x : list) {
            exceptHandler(x);
        }
    }

    private void exprList(List<Expr> list) {
        unsigned(list.size());
        for (Expr x : list) {
            expr(x);
        }
    }

    private void keywordList(List<Keyword> list) {
        unsigned(list.size());
        for (Keyword x : list) {
            keyword(x);
        }
    }

    private void matchCaseList(List<MatchCase> list) {
        unsigned(list.size());
        for (MatchCase x : list) {
            matchCase(x);
        }
    }

    private void patternList(List<Pattern> list) {
        unsigned(list.size());
        for (Pattern x : list) {
            pattern(x);
        }
    }

    private void stmtList(List<Stmt> list) {
        unsigned(list.size());
        for (Stmt x : list) {
            stmt(x);
        }
    }

    private void stringList(List<String> list) {
        unsigned(list.size());
        for (String x : list) {
            string(x);
        }
    }

    private void withItemList(List<WithItem> list) {
        unsigned(list.size());
        for (WithItem x : list) {
            withItem(x);
        }
    }

    // ---- leaves ----

    private void pos(Pos p) {
        signed(p.line());
        signed(p.col());
        signed(p.endLine());
        signed(p.endCol());
    }

    /** 0 for null, 1 and the text for a string not seen before, else 2 + its index. */
    private void string(String s) {
        if (s == null) {
            unsigned(0);
            return;
        }
        Integer index = strings.get(s);
        if (index != null) {
            unsigned(index + 2);
            return;
        }
        strings.put(s, strings.size());
        unsigned(1);
        unsigned(s.length());
        for (int i = 0; i < s.length(); i++) {
            unsigned(s.charAt(i));   // UTF-16 units, so that lone surrogates survive
        }
    }

    /** A literal's value: a {@link ConstantKind} ordinal, then the value. */
    private void constant(Object v) {
        if (v == null) {
            kind(ConstantKind.NULL);
        } else if (v instanceof Long l) {
            kind(ConstantKind.INT);
            signedLong(l);
        } else if (v instanceof BigInteger b) {
            kind(ConstantKind.BIG_INT);
            bytes(b.toByteArray());
        } else if (v instanceof Double d) {
            kind(ConstantKind.FLOAT);
            fixedLong(Double.doubleToRawLongBits(d));
        } else if (v instanceof Constant.Imaginary c) {
            kind(ConstantKind.IMAGINARY);
            fixedLong(Double.doubleToRawLongBits(c.imag()));
        } else if (v instanceof String s) {
            kind(ConstantKind.STR);
            string(s);
        } else if (v instanceof byte[] b) {
            kind(ConstantKind.BYTES);
            bytes(b);
        } else if (v instanceof Boolean b) {
            kind(b ? ConstantKind.TRUE : ConstantKind.FALSE);
        } else if (v == Constant.Singleton.NONE) {
            kind(ConstantKind.NONE);
        } else if (v == Constant.Singleton.ELLIPSIS) {
            kind(ConstantKind.ELLIPSIS);
        } else {
            throw new IllegalArgumentException("unknown constant " + v.getClass().getName());
        }
    }

    private void kind(ConstantKind k) {
        unsigned(k.ordinal());
    }

    private void bytes(byte[] b) {
        unsigned(b.length);
        ensure(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
    }

    private void bool(boolean b) {
        unsigned(b ? 1 : 0);
    }

    /** A zigzag-encoded int: small negative numbers stay short too. */
    private void signed(int v) {
        unsigned((v << 1) ^ (v >> 31));
    }

    /** Seven bits a byte, low bits first; the top bit says more follow. */
    private void unsigned(int v) {
        ensure(5);
        while ((v & ~0x7f) != 0) {
            buf[len++] = (byte) ((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        buf[len++] = (byte) v;
    }

    private void signedLong(long v) {
        long u = (v << 1) ^ (v >> 63);
        ensure(10);
        while ((u & ~0x7fL) != 0) {
            buf[len++] = (byte) ((u & 0x7f) | 0x80);
            u >>>= 7;
        }
        buf[len++] = (byte) u;
    }

    private void fixedLong(long v) {
        ensure(8);
        for (int i = 0; i < 8; i++) {
            buf[len++] = (byte) (v >>> (8 * i));
        }
    }

    private void ensure(int n) {
        if (len + n > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }
}
