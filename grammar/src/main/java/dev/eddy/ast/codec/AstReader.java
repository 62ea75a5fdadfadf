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
import dev.eddy.ast.BoolOpKind;
import dev.eddy.ast.Break;
import dev.eddy.ast.Call;
import dev.eddy.ast.ClassDef;
import dev.eddy.ast.CmpOp;
import dev.eddy.ast.Compare;
import dev.eddy.ast.Comprehension;
import dev.eddy.ast.Constant;
import dev.eddy.ast.Continue;
import dev.eddy.ast.Ctx;
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
import dev.eddy.ast.Operator;
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
import dev.eddy.ast.UnaryOpKind;
import dev.eddy.ast.While;
import dev.eddy.ast.With;
import dev.eddy.ast.WithItem;
import dev.eddy.ast.Yield;
import dev.eddy.ast.YieldFrom;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads back a module written by {@link AstWriter}, without the lexer or parser. Any damage
 * (a bad tag, a count larger than the bytes left, bytes left over) is a
 * {@link CorruptAstException}, never a wrong tree silently accepted.
 */
public final class AstReader {
    private final byte[] buf;
    private int at;
    private final int end;
    private final List<String> strings = new ArrayList<>();

    private AstReader(byte[] buf, int offset, int length) {
        this.buf = buf;
        this.at = offset;
        this.end = offset + length;
    }

    /** The module whose tree is {@code length} bytes of {@code buf} from {@code offset}. */
    public static Module read(byte[] buf, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > buf.length) {
            throw new CorruptAstException("bad bounds");
        }
        AstReader r = new AstReader(buf, offset, length);
        Module m;
        try {
            m = new Module(r.stmtList());
        } catch (StackOverflowError e) {
            throw new CorruptAstException("nested too deeply");
        } catch (CorruptAstException e) {
            throw e;
        } catch (RuntimeException e) {
            // a node's constructor refusing what it was given: damage this reader did not foresee
            throw new CorruptAstException("bad tree: " + e);
        }
        if (r.at != r.end) {
            throw new CorruptAstException("bytes left over");
        }
        return m;
    }

    // ---- statements ----
    private Stmt stmt() {
        int tag = unsigned();
        switch (tag) {
            case 0:
                return null;
            case 1:
                return new FunctionDef(string(), arguments(), stmtList(), exprList(), expr(), pos());
            case 2:
                return new AsyncFunctionDef(string(), arguments(), stmtList(), exprList(), expr(), pos());
            case 3:
                return new ClassDef(string(), exprList(), keywordList(), stmtList(), exprList(), pos());
            case 4:
                return new Return(expr(), pos());
            case 5:
                return new Delete(exprList(), pos());
            case 6:
                return new Assign(exprList(), expr(), pos());
            case 7:
                return new AugAssign(expr(), operator(), expr(), pos());
            case 8:
                return new AnnAssign(expr(), expr(), expr(), bool(), pos());
            case 9:
                return new For(expr(), expr(), stmtList(), stmtList(), pos());
            case 10:
                return new AsyncFor(expr(), expr(), stmtList(), stmtList(), pos());
            case 11:
                return new While(expr(), stmtList(), stmtList(), pos());
            case 12:
                return new If(expr(), stmtList(), stmtList(), pos());
            case 13:
                return new With(withItemList(), stmtList(), pos());
            case 14:
                return new AsyncWith(withItemList(), stmtList(), pos());
            case 15:
                return new Raise(expr(), expr(), pos());
            case 16:
                return new Try(stmtList(), exceptHandlerList(), stmtList(), stmtList(), pos());
            case 17:
                return new TryStar(stmtList(), exceptHandlerList(), stmtList(), stmtList(), pos());
            case 18:
                return new Assert(expr(), expr(), pos());
            case 19:
                return new Import(aliasList(), pos());
            case 20:
                return new ImportFrom(string(), aliasList(), signed(), pos());
            case 21:
                return new Global(stringList(), pos());
            case 22:
                return new Nonlocal(stringList(), pos());
            case 23:
                return new ExprStmt(expr(), pos());
            case 24:
                return new Pass(pos());
            case 25:
                return new Break(pos());
            case 26:
                return new Continue(pos());
            case 27:
                return new Match(expr(), matchCaseList(), pos());
            default:
                throw new CorruptAstException("bad statement tag " + tag);
        }
    }

    // ---- expressions ----
    private Expr expr() {
        int tag = unsigned();
        switch (tag) {
            case 0:
                return null;
            case 1:
                return new BoolOp(boolOpKind(), exprList(), pos());
            case 2:
                return new NamedExpr(expr(), expr(), pos());
            case 3:
                return new BinOp(expr(), operator(), expr(), pos());
            case 4:
                return new UnaryOp(unaryOpKind(), expr(), pos());
            case 5:
                return new Lambda(arguments(), expr(), pos());
            case 6:
                return new IfExp(expr(), expr(), expr(), pos());
            case 7:
                return new DictExpr(exprList(), exprList(), pos());
            case 8:
                return new SetExpr(exprList(), pos());
            case 9:
                return new ListComp(expr(), comprehensionList(), pos());
            case 10:
                return new SetComp(expr(), comprehensionList(), pos());
            case 11:
                return new DictComp(expr(), expr(), comprehensionList(), pos());
            case 12:
                return new GeneratorExp(expr(), comprehensionList(), pos());
            case 13:
                return new Await(expr(), pos());
            case 14:
                return new Yield(expr(), pos());
            case 15:
                return new YieldFrom(expr(), pos());
            case 16:
                return new Compare(expr(), cmpOpList(), exprList(), pos());
            case 17:
                return new Call(expr(), exprList(), keywordList(), pos());
            case 18:
                return new FormattedValue(expr(), signed(), expr(), pos());
            case 19:
                return new JoinedStr(exprList(), pos());
            case 20:
                return new Constant(constant(), pos());
            case 21:
                return new Attribute(expr(), string(), ctx(), pos());
            case 22:
                return new Subscript(expr(), expr(), ctx(), pos());
            case 23:
                return new Starred(expr(), ctx(), pos());
            case 24:
                return new Name(string(), ctx(), pos());
            case 25:
                return new ListExpr(exprList(), ctx(), pos());
            case 26:
                return new TupleExpr(exprList(), ctx(), pos());
            case 27:
                return new Slice(expr(), expr(), expr(), pos());
            default:
                throw new CorruptAstException("bad expression tag " + tag);
        }
    }

    // ---- patterns ----
    private Pattern pattern() {
        int tag = unsigned();
        switch (tag) {
            case 0:
                return null;
            case 1:
                return new MatchValue(expr(), pos());
            case 2:
                return new MatchSingleton(constant(), pos());
            case 3:
                return new MatchSequence(patternList(), pos());
            case 4:
                return new MatchMapping(exprList(), patternList(), string(), pos());
            case 5:
                return new MatchClass(expr(), patternList(), stringList(), patternList(), pos());
            case 6:
                return new MatchStar(string(), pos());
            case 7:
                return new MatchAs(pattern(), string(), pos());
            case 8:
                return new MatchOr(patternList(), pos());
            default:
                throw new CorruptAstException("bad pattern tag " + tag);
        }
    }

    // ---- the other nodes ----
    private Arguments arguments() {
        if (!present()) {
            return null;
        }
        return new Arguments(argList(), argList(), arg(), argList(), exprList(), arg(), exprList());
    }

    private Arg arg() {
        if (!present()) {
            return null;
        }
        return new Arg(string(), expr(), pos());
    }

    private Keyword keyword() {
        if (!present()) {
            return null;
        }
        return new Keyword(string(), expr(), pos());
    }

    private Alias alias() {
        if (!present()) {
            return null;
        }
        return new Alias(string(), string(), pos());
    }

    private Comprehension comprehension() {
        if (!present()) {
            return null;
        }
        return new Comprehension(expr(), expr(), exprList(), bool());
    }

    private WithItem withItem() {
        if (!present()) {
            return null;
        }
        return new WithItem(expr(), expr());
    }

    private ExceptHandler exceptHandler() {
        if (!present()) {
            return null;
        }
        return new ExceptHandler(expr(), string(), stmtList(), pos());
    }

    private MatchCase matchCase() {
        if (!present()) {
            return null;
        }
        return new MatchCase(pattern(), expr(), stmtList(), pos());
    }

    // ---- lists ----
    private List<Alias> aliasList() {
        Alias[] a = new Alias[count()];
        for (int i = 0; i < a.length; i++) {
            a[i] = alias();
        }
        return Arrays.asList(a);
    }

    private List<Arg> argList() {
        Arg[] a = new Arg[count()];
        for (int i = 0; i < a.length; i++) {
            a[i] = arg();
        }
        return Arrays.asList(a);
    }

    private List<CmpOp> cmpOpList() {
        CmpOp[] a = new CmpOp[count()];
        for (int i = 0; i < a.length; i++) {
            a[i] = cmpOp();
        }
        return Arrays.asList(a);
    }

    private List<Comprehension> comprehensionList() {
        Comprehension[] a = new Comprehension[count()];
        for (int i = 0; i < a.length; i++) {
            a[i] = comprehension();
        }
        return Arrays.asList(a);
    }

    private List<ExceptHandler> exceptHandlerList() {
        ExceptHandler[] a = new ExceptHandler[count()];
        for (int i = 0; i < a.length; i++) {
            a[i] = exceptHandler();
        }
        return Arrays.asList(a);
    }

    private List<Expr> exprList() {
        Expr[] a = new Expr[count()];
        for (int i = 0; i < a.length; i++) {
            a[i] = expr();
        }
        return Arrays.asList(a);
    }

    private List<Keyword> keywordList() {
        Keyword[] a = new Keyword[count()];
        for (int i = 0; i < a.length; i++) {
            a[i] = keyword();
        }
        return Arrays.asList(a);
    }

    private List<MatchCase> matchCaseList() {
        MatchCase[] a = new MatchCase[count()];
        for (int i = 0; i < a.length; i++) {
            a[i] = matchCase();
        }
        return Arrays.asList(a);
    }

    private List<Pattern> patternList() {
        Pattern[] a = new Pattern[count()];
        for (int i = 0; i < a.length; i++) {
            a[i] = pattern();
        }
        return Arrays.asList(a);
    }

    private List<Stmt> stmtList() {
        Stmt[] a = new Stmt[count()];
        for (int i = 0; i < a.length; i++) {
            a[i] = stmt();
        }
        return Arrays.asList(a);
    }

    private List<String> stringList() {
        String[] a = new String[count()];
        for (int i = 0; i < a.length; i++) {
            a[i] = string();
        }
        return Arrays.asList(a);
    }

    private List<WithItem> withItemList() {
        WithItem[] a = new WithItem[count()];
        for (int i = 0; i < a.length; i++) {
            a[i] = withItem();
        }
        return Arrays.asList(a);
    }

    // ---- enums ----
    private Ctx ctx() {
        return enumValue(Ctx.values());
    }

    private Operator operator() {
        return enumValue(Operator.values());
    }

    private CmpOp cmpOp() {
        return enumValue(CmpOp.values());
    }

    private BoolOpKind boolOpKind() {
        return enumValue(BoolOpKind.values());
    }

    private UnaryOpKind unaryOpKind() {
        return enumValue(UnaryOpKind.values());
    }

    private <E extends Enum<E>> E enumValue(E[] values) {
        int i = unsigned();
        if (i >= values.length) {
            throw new CorruptAstException("bad enum ordinal " + i);
        }
        return values[i];
    }

    // ---- leaves ----

    private boolean present() {
        return bool();
    }

    private Pos pos() {
        return new Pos(signed(), signed(), signed(), signed());
    }

    private String string() {
        int v = unsigned();
        if (v == 0) {
            return null;
        }
        if (v == 1) {
            char[] chars = new char[count()];
            for (int i = 0; i < chars.length; i++) {
                int c = unsigned();
                if (c > Character.MAX_VALUE) {
                    throw new CorruptAstException("bad character");
                }
                chars[i] = (char) c;
            }
            String s = new String(chars);
            strings.add(s);
            return s;
        }
        if (v - 2 >= strings.size()) {
            throw new CorruptAstException("bad string index");
        }
        return strings.get(v - 2);
    }

    private Object constant() {
        ConstantKind k = enumValue(ConstantKind.values());
        switch (k) {
            case NULL:
                return null;
            case INT:
                return signedLong();
            case BIG_INT:
                byte[] magnitude = bytes();
                if (magnitude.length == 0) {
                    throw new CorruptAstException("empty big integer");
                }
                return new BigInteger(magnitude);
            case FLOAT:
                return Double.longBitsToDouble(fixedLong());
            case IMAGINARY:
                return new Constant.Imaginary(Double.longBitsToDouble(fixedLong()));
            case STR:
                return string();
            case BYTES:
                return bytes();
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            case NONE:
                return Constant.Singleton.NONE;
            case ELLIPSIS:
                return Constant.Singleton.ELLIPSIS;
            default:
                throw new CorruptAstException("bad constant kind " + k);
        }
    }

    private byte[] bytes() {
        int n = count();
        byte[] b = Arrays.copyOfRange(buf, at, at + n);
        at += n;
        return b;
    }

    private boolean bool() {
        int v = unsigned();
        if (v > 1) {
            throw new CorruptAstException("bad boolean " + v);
        }
        return v == 1;
    }

    /** A length: at most the bytes left, as every element takes at least one byte. */
    private int count() {
        int n = unsigned();
        if (n > end - at) {
            throw new CorruptAstException("count " + n + " past the end");
        }
        return n;
    }

    private int signed() {
        int u = unsigned();
        return (u >>> 1) ^ -(u & 1);
    }

    private int unsigned() {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = next();
            v |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new CorruptAstException("bad number");
    }

    private long signedLong() {
        long u = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            int b = next();
            u |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return (u >>> 1) ^ -(u & 1);
            }
        }
        throw new CorruptAstException("bad number");
    }

    private long fixedLong() {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v |= (long) next() << (8 * i);
        }
        return v;
    }

    private int next() {
        if (at >= end) {
            throw new CorruptAstException("truncated");
        }
        return buf[at++] & 0xff;
    }
}
