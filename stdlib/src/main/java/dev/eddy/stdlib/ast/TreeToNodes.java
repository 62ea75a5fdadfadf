package dev.eddy.stdlib.ast;

import dev.eddy.ast.*;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyComplex;
import dev.eddy.runtime.PyEllipsis;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInstance;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * Turns Eddy's parse tree ({@code dev.eddy.ast} records) into {@code _ast} node objects, as
 * CPython's {@code ast.parse} returns them: field names and order, position attributes with
 * columns in UTF-8 bytes, and the shared Load/Store/operator instances.
 */
final class TreeToNodes implements Stmt.Visitor<PyObject>, Expr.Visitor<PyObject> {
    private final NodeTypes types;
    /** The source lines, for turning character columns into UTF-8 byte offsets. */
    private final String[] lines;

    TreeToNodes(NodeTypes types, String source) {
        this.types = types;
        this.lines = source.split("\r\n|\r|\n", -1);
    }

    PyObject module(dev.eddy.ast.Module m) {
        return types.node("Module", stmts(m.body()), new PyList());
    }

    PyObject interactive(dev.eddy.ast.Module m) {
        return types.node("Interactive", stmts(m.body()));
    }

    PyObject expression(Expr e) {
        return types.node("Expression", expr(e));
    }

    // ---- helpers --------------------------------------------------------------------------

    private PyObject expr(Expr e) {
        return e == null ? PyNone.NONE : e.accept(this);
    }

    private PyList stmts(List<Stmt> body) {
        PyList out = new PyList();
        for (Stmt s : body) {
            out.append(s.accept(this));
        }
        return out;
    }

    private PyList exprs(List<? extends Expr> es) {
        PyList out = new PyList();
        for (Expr e : es) {
            out.append(expr(e));
        }
        return out;
    }

    private <T> PyList each(List<T> items, Function<T, PyObject> f) {
        PyList out = new PyList();
        for (T t : items) {
            out.append(f.apply(t));
        }
        return out;
    }

    private static PyObject str(String s) {
        return s == null ? PyNone.NONE : new PyStr(s);
    }

    private static PyObject strs(List<String> names) {
        PyList out = new PyList();
        for (String n : names) {
            out.append(new PyStr(n));
        }
        return out;
    }

    /** A node with its position attributes set from {@code pos}. */
    private PyInstance at(Pos pos, String name, PyObject... fields) {
        PyInstance n = types.node(name, fields);
        n.storeAttr("lineno", PyInt.of(pos.line()));
        n.storeAttr("col_offset", PyInt.of(byteColumn(pos.line(), pos.col())));
        n.storeAttr("end_lineno", PyInt.of(pos.endLine()));
        n.storeAttr("end_col_offset", PyInt.of(byteColumn(pos.endLine(), pos.endCol())));
        return n;
    }

    /** CPython counts columns in UTF-8 bytes; Eddy's positions count code points. */
    private int byteColumn(int line, int col) {
        if (line < 1 || line > lines.length) {
            return col;
        }
        String text = lines[line - 1];
        int end = Math.min(col, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) >= 0x80) {
                int points = text.codePointCount(0, text.length());
                int upTo = text.offsetByCodePoints(0, Math.min(col, points));
                return text.substring(0, upTo).getBytes(StandardCharsets.UTF_8).length + Math.max(0, col - points);
            }
        }
        return col;
    }

    private PyObject ctx(Ctx c) {
        return types.singleton(switch (c) {
            case LOAD -> "Load";
            case STORE -> "Store";
            case DEL -> "Del";
        });
    }

    private PyObject op(Operator o) {
        return types.singleton(o.name());
    }

    private static PyObject constant(Object v) {
        if (v instanceof Long l) {
            return PyInt.of(l);
        }
        if (v instanceof BigInteger b) {
            return PyInt.of(b);
        }
        if (v instanceof Double d) {
            return new PyFloat(d);
        }
        if (v instanceof dev.eddy.ast.Constant.Imaginary im) {
            return new PyComplex(0, im.imag());
        }
        if (v instanceof String s) {
            return new PyStr(s);
        }
        if (v instanceof byte[] b) {
            return new PyBytes(b);
        }
        if (v instanceof Boolean b) {
            return PyBool.of(b);
        }
        if (v == dev.eddy.ast.Constant.Singleton.ELLIPSIS) {
            return PyEllipsis.INSTANCE;
        }
        return PyNone.NONE;
    }

    private PyObject arguments(Arguments a) {
        return types.node("arguments", each(a.posonlyargs(), this::arg), each(a.args(), this::arg), arg(a.vararg()),
                each(a.kwonlyargs(), this::arg), exprs(a.kwDefaults()), arg(a.kwarg()), exprs(a.defaults()));
    }

    private PyObject arg(Arg a) {
        return a == null ? PyNone.NONE : at(a.pos(), "arg", new PyStr(a.arg()), expr(a.annotation()), PyNone.NONE);
    }

    private PyObject keyword(Keyword k) {
        return at(k.pos(), "keyword", str(k.arg()), expr(k.value()));
    }

    private PyObject alias(Alias a) {
        return at(a.pos(), "alias", new PyStr(a.name()), str(a.asname()));
    }

    private PyObject withitem(WithItem w) {
        return types.node("withitem", expr(w.contextExpr()), expr(w.optionalVars()));
    }

    private PyObject handler(ExceptHandler h) {
        return at(h.pos(), "ExceptHandler", expr(h.type()), str(h.name()), stmts(h.body()));
    }

    private PyObject comprehension(Comprehension c) {
        return types.node("comprehension", expr(c.target()), expr(c.iter()), exprs(c.ifs()), PyInt.of(c.isAsync() ? 1 : 0));
    }

    private PyObject matchCase(MatchCase c) {
        return types.node("match_case", pattern(c.pattern()), expr(c.guard()), stmts(c.body()));
    }

    private PyObject pattern(Pattern p) {
        if (p == null) {
            return PyNone.NONE;
        }
        if (p instanceof MatchValue v) {
            return at(v.pos(), "MatchValue", expr(v.value()));
        } else if (p instanceof MatchSingleton s) {
            return at(s.pos(), "MatchSingleton", constant(s.value()));
        } else if (p instanceof MatchSequence s) {
            return at(s.pos(), "MatchSequence", each(s.patterns(), this::pattern));
        } else if (p instanceof MatchMapping m) {
            return at(m.pos(), "MatchMapping", exprs(m.keys()), each(m.patterns(), this::pattern), str(m.rest()));
        } else if (p instanceof MatchClass c) {
            return at(c.pos(), "MatchClass", expr(c.cls()), each(c.patterns(), this::pattern), strs(c.kwdAttrs()),
                    each(c.kwdPatterns(), this::pattern));
        } else if (p instanceof MatchStar s) {
            return at(s.pos(), "MatchStar", str(s.name()));
        } else if (p instanceof MatchAs a) {
            return at(a.pos(), "MatchAs", pattern(a.pattern()), str(a.name()));
        } else {
            MatchOr o = (MatchOr) p;
            return at(o.pos(), "MatchOr", each(o.patterns(), this::pattern));
        }
    }

    // ---- statements ---------------------------------------------------------------------------

    @Override
    public PyObject visitFunctionDef(FunctionDef n) {
        return at(n.pos(), "FunctionDef", new PyStr(n.name()), arguments(n.args()), stmts(n.body()), exprs(n.decoratorList()),
                expr(n.returns()), PyNone.NONE);
    }

    @Override
    public PyObject visitAsyncFunctionDef(AsyncFunctionDef n) {
        return at(n.pos(), "AsyncFunctionDef", new PyStr(n.name()), arguments(n.args()), stmts(n.body()), exprs(n.decoratorList()),
                expr(n.returns()), PyNone.NONE);
    }

    @Override
    public PyObject visitClassDef(ClassDef n) {
        return at(n.pos(), "ClassDef", new PyStr(n.name()), exprs(n.bases()), each(n.keywords(), this::keyword), stmts(n.body()),
                exprs(n.decoratorList()));
    }

    @Override
    public PyObject visitReturn(Return n) {
        return at(n.pos(), "Return", expr(n.value()));
    }

    @Override
    public PyObject visitDelete(Delete n) {
        return at(n.pos(), "Delete", exprs(n.targets()));
    }

    @Override
    public PyObject visitAssign(Assign n) {
        return at(n.pos(), "Assign", exprs(n.targets()), expr(n.value()), PyNone.NONE);
    }

    @Override
    public PyObject visitAugAssign(AugAssign n) {
        return at(n.pos(), "AugAssign", expr(n.target()), op(n.op()), expr(n.value()));
    }

    @Override
    public PyObject visitAnnAssign(AnnAssign n) {
        return at(n.pos(), "AnnAssign", expr(n.target()), expr(n.annotation()), expr(n.value()), PyInt.of(n.simple() ? 1 : 0));
    }

    @Override
    public PyObject visitFor(For n) {
        return at(n.pos(), "For", expr(n.target()), expr(n.iter()), stmts(n.body()), stmts(n.orelse()), PyNone.NONE);
    }

    @Override
    public PyObject visitAsyncFor(AsyncFor n) {
        return at(n.pos(), "AsyncFor", expr(n.target()), expr(n.iter()), stmts(n.body()), stmts(n.orelse()), PyNone.NONE);
    }

    @Override
    public PyObject visitWhile(While n) {
        return at(n.pos(), "While", expr(n.test()), stmts(n.body()), stmts(n.orelse()));
    }

    @Override
    public PyObject visitIf(If n) {
        return at(n.pos(), "If", expr(n.test()), stmts(n.body()), stmts(n.orelse()));
    }

    @Override
    public PyObject visitWith(With n) {
        return at(n.pos(), "With", each(n.items(), this::withitem), stmts(n.body()), PyNone.NONE);
    }

    @Override
    public PyObject visitAsyncWith(AsyncWith n) {
        return at(n.pos(), "AsyncWith", each(n.items(), this::withitem), stmts(n.body()), PyNone.NONE);
    }

    @Override
    public PyObject visitMatch(Match n) {
        return at(n.pos(), "Match", expr(n.subject()), each(n.cases(), this::matchCase));
    }

    @Override
    public PyObject visitRaise(Raise n) {
        return at(n.pos(), "Raise", expr(n.exc()), expr(n.cause()));
    }

    @Override
    public PyObject visitTry(Try n) {
        return at(n.pos(), "Try", stmts(n.body()), each(n.handlers(), this::handler), stmts(n.orelse()), stmts(n.finalbody()));
    }

    @Override
    public PyObject visitTryStar(TryStar n) {
        return at(n.pos(), "TryStar", stmts(n.body()), each(n.handlers(), this::handler), stmts(n.orelse()), stmts(n.finalbody()));
    }

    @Override
    public PyObject visitAssert(Assert n) {
        return at(n.pos(), "Assert", expr(n.test()), expr(n.msg()));
    }

    @Override
    public PyObject visitImport(Import n) {
        return at(n.pos(), "Import", each(n.names(), this::alias));
    }

    @Override
    public PyObject visitImportFrom(ImportFrom n) {
        return at(n.pos(), "ImportFrom", str(n.module()), each(n.names(), this::alias), PyInt.of(n.level()));
    }

    @Override
    public PyObject visitGlobal(Global n) {
        return at(n.pos(), "Global", strs(n.names()));
    }

    @Override
    public PyObject visitNonlocal(Nonlocal n) {
        return at(n.pos(), "Nonlocal", strs(n.names()));
    }

    @Override
    public PyObject visitExprStmt(ExprStmt n) {
        return at(n.pos(), "Expr", expr(n.value()));
    }

    @Override
    public PyObject visitPass(Pass n) {
        return at(n.pos(), "Pass");
    }

    @Override
    public PyObject visitBreak(Break n) {
        return at(n.pos(), "Break");
    }

    @Override
    public PyObject visitContinue(Continue n) {
        return at(n.pos(), "Continue");
    }

    // ---- expressions --------------------------------------------------------------------------

    @Override
    public PyObject visitBoolOp(BoolOp n) {
        return at(n.pos(), "BoolOp", types.singleton(n.op().name()), exprs(n.values()));
    }

    @Override
    public PyObject visitNamedExpr(NamedExpr n) {
        return at(n.pos(), "NamedExpr", expr(n.target()), expr(n.value()));
    }

    @Override
    public PyObject visitBinOp(BinOp n) {
        return at(n.pos(), "BinOp", expr(n.left()), op(n.op()), expr(n.right()));
    }

    @Override
    public PyObject visitUnaryOp(UnaryOp n) {
        return at(n.pos(), "UnaryOp", types.singleton(n.op().name()), expr(n.operand()));
    }

    @Override
    public PyObject visitLambda(Lambda n) {
        return at(n.pos(), "Lambda", arguments(n.args()), expr(n.body()));
    }

    @Override
    public PyObject visitIfExp(IfExp n) {
        return at(n.pos(), "IfExp", expr(n.test()), expr(n.body()), expr(n.orelse()));
    }

    @Override
    public PyObject visitDictExpr(DictExpr n) {
        return at(n.pos(), "Dict", exprs(n.keys()), exprs(n.values()));
    }

    @Override
    public PyObject visitSetExpr(SetExpr n) {
        return at(n.pos(), "Set", exprs(n.elts()));
    }

    @Override
    public PyObject visitListComp(ListComp n) {
        return at(n.pos(), "ListComp", expr(n.elt()), each(n.generators(), this::comprehension));
    }

    @Override
    public PyObject visitSetComp(SetComp n) {
        return at(n.pos(), "SetComp", expr(n.elt()), each(n.generators(), this::comprehension));
    }

    @Override
    public PyObject visitDictComp(DictComp n) {
        return at(n.pos(), "DictComp", expr(n.key()), expr(n.value()), each(n.generators(), this::comprehension));
    }

    @Override
    public PyObject visitGeneratorExp(GeneratorExp n) {
        return at(n.pos(), "GeneratorExp", expr(n.elt()), each(n.generators(), this::comprehension));
    }

    @Override
    public PyObject visitAwait(Await n) {
        return at(n.pos(), "Await", expr(n.value()));
    }

    @Override
    public PyObject visitYield(Yield n) {
        return at(n.pos(), "Yield", expr(n.value()));
    }

    @Override
    public PyObject visitYieldFrom(YieldFrom n) {
        return at(n.pos(), "YieldFrom", expr(n.value()));
    }

    @Override
    public PyObject visitCompare(Compare n) {
        PyList ops = new PyList();
        for (CmpOp c : n.ops()) {
            ops.append(types.singleton(c.name()));
        }
        return at(n.pos(), "Compare", expr(n.left()), ops, exprs(n.comparators()));
    }

    @Override
    public PyObject visitCall(Call n) {
        return at(n.pos(), "Call", expr(n.func()), exprs(n.args()), each(n.keywords(), this::keyword));
    }

    @Override
    public PyObject visitFormattedValue(FormattedValue n) {
        return at(n.pos(), "FormattedValue", expr(n.value()), PyInt.of(n.conversion()), expr(n.formatSpec()));
    }

    @Override
    public PyObject visitJoinedStr(JoinedStr n) {
        return at(n.pos(), "JoinedStr", exprs(n.values()));
    }

    @Override
    public PyObject visitConstant(dev.eddy.ast.Constant n) {
        return at(n.pos(), "Constant", constant(n.value()), PyNone.NONE);
    }

    @Override
    public PyObject visitAttribute(Attribute n) {
        return at(n.pos(), "Attribute", expr(n.value()), new PyStr(n.attr()), ctx(n.ctx()));
    }

    @Override
    public PyObject visitSubscript(Subscript n) {
        return at(n.pos(), "Subscript", expr(n.value()), expr(n.slice()), ctx(n.ctx()));
    }

    @Override
    public PyObject visitStarred(Starred n) {
        return at(n.pos(), "Starred", expr(n.value()), ctx(n.ctx()));
    }

    @Override
    public PyObject visitName(Name n) {
        return at(n.pos(), "Name", new PyStr(n.id()), ctx(n.ctx()));
    }

    @Override
    public PyObject visitListExpr(ListExpr n) {
        return at(n.pos(), "List", exprs(n.elts()), ctx(n.ctx()));
    }

    @Override
    public PyObject visitTupleExpr(TupleExpr n) {
        return at(n.pos(), "Tuple", exprs(n.elts()), ctx(n.ctx()));
    }

    @Override
    public PyObject visitSlice(Slice n) {
        return at(n.pos(), "Slice", expr(n.lower()), expr(n.upper()), expr(n.step()));
    }
}
