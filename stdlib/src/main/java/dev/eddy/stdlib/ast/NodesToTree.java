package dev.eddy.stdlib.ast;

import dev.eddy.ast.*;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyComplex;
import dev.eddy.runtime.PyEllipsis;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Turns {@code _ast} node objects back into Eddy's parse tree, for {@code compile(tree, ...)}:
 * the inverse of {@link TreeToNodes}, checking fields as CPython's validator does (a missing
 * required field, a node of the wrong kind, an identifier that is not a str are TypeErrors).
 */
final class NodesToTree {
    private final NodeTypes types;

    NodesToTree(NodeTypes types) {
        this.types = types;
    }

    /** The parse tree of {@code node} for {@code mode}: a Module for exec and single, an Expr for eval. */
    Object tree(PyObject node, String mode) {
        String want = switch (mode) {
            case "eval" -> "Expression";
            case "single" -> "Interactive";
            default -> "Module";
        };
        if (!node.type().isSubtypeOf(types.get(want))) {
            throw Errors.typeError("expected " + want + " node, got " + node.type().name);
        }
        if (mode.equals("eval")) {
            return expr(field(node, "body"));
        }
        return new dev.eddy.ast.Module(stmts(node, "body"));
    }

    // ---- fields -----------------------------------------------------------------------------------

    private PyObject field(PyObject node, String name) {
        PyObject v = node.lookupAttr(name);
        if (v == null) {
            throw Errors.typeError("required field \"" + name + "\" missing from " + node.type().name);
        }
        return v;
    }

    private PyObject optional(PyObject node, String name) {
        PyObject v = node.lookupAttr(name);
        return v == null || v == PyNone.NONE ? null : v;
    }

    private String identifier(PyObject node, String name) {
        PyObject v = field(node, name);
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError("AST identifier must be of type str");
        }
        return s.value;
    }

    private String optionalIdentifier(PyObject node, String name) {
        PyObject v = optional(node, name);
        if (v == null) {
            return null;
        }
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError("AST identifier must be of type str");
        }
        return s.value;
    }

    private int integer(PyObject node, String name) {
        PyObject v = field(node, name);
        if (!(v instanceof PyInt i)) {
            throw Errors.typeError("invalid integer value: " + v.repr().value);
        }
        return (int) i.value;
    }

    private <T> List<T> list(PyObject node, String name, Function<PyObject, T> each) {
        PyObject v = field(node, name);
        List<T> out = new ArrayList<>();
        for (PyObject item : Ops.toArray(v)) {
            out.add(each.apply(item));
        }
        return out;
    }

    private List<Stmt> stmts(PyObject node, String name) {
        return list(node, name, this::stmt);
    }

    private List<Expr> exprs(PyObject node, String name) {
        return list(node, name, this::expr);
    }

    private List<Expr> optionalExprs(PyObject node, String name) {
        return list(node, name, v -> v == PyNone.NONE ? null : expr(v));
    }

    private List<String> identifiers(PyObject node, String name) {
        return list(node, name, v -> {
            if (!(v instanceof PyStr s)) {
                throw Errors.typeError("AST identifier must be of type str");
            }
            return s.value;
        });
    }

    /** The position attributes of a node of kind {@code kind} (stmt, expr, ...), which a missing one names. */
    private Pos pos(PyObject node, String kind) {
        for (String attr : new String[] {"lineno", "col_offset"}) {
            if (node.lookupAttr(attr) == null) {
                throw Errors.typeError("required field \"" + attr + "\" missing from " + kind);
            }
        }
        int line = integer(node, "lineno");
        int col = integer(node, "col_offset");
        PyObject endLine = optional(node, "end_lineno");
        PyObject endCol = optional(node, "end_col_offset");
        return new Pos(line, col, endLine instanceof PyInt l ? (int) l.value : line, endCol instanceof PyInt c ? (int) c.value : col);
    }

    /** The class name of {@code v} when it is a node of kind {@code kind} (expr, stmt, ...); a TypeError otherwise. */
    private String kindOf(PyObject v, String kind) {
        PyType base = types.get(kind);
        PyType t = v.type();
        if (!t.isSubtypeOf(base)) {
            throw Errors.typeError("expected some sort of " + kind + ", but got " + v.repr().value);
        }
        while (t.bases.length > 0 && t.bases[0] != base && types.get(t.name) != t) {
            t = t.bases[0];
        }
        return t.name;
    }

    private Ctx ctx(PyObject node) {
        return switch (kindOf(field(node, "ctx"), "expr_context")) {
            case "Store" -> Ctx.STORE;
            case "Del" -> Ctx.DEL;
            default -> Ctx.LOAD;
        };
    }

    private Operator operator(PyObject node) {
        return Operator.valueOf(kindOf(field(node, "op"), "operator"));
    }

    // ---- statements ---------------------------------------------------------------------------------

    private Stmt stmt(PyObject n) {
        String kind = kindOf(n, "stmt");
        Pos p = pos(n, "stmt");
        switch (kind) {
            case "FunctionDef":
                return new FunctionDef(identifier(n, "name"), arguments(field(n, "args")), stmts(n, "body"), exprs(n, "decorator_list"),
                        optionalExpr(n, "returns"), p);
            case "AsyncFunctionDef":
                return new AsyncFunctionDef(identifier(n, "name"), arguments(field(n, "args")), stmts(n, "body"),
                        exprs(n, "decorator_list"), optionalExpr(n, "returns"), p);
            case "ClassDef":
                return new ClassDef(identifier(n, "name"), exprs(n, "bases"), list(n, "keywords", this::keyword), stmts(n, "body"),
                        exprs(n, "decorator_list"), p);
            case "Return": return new Return(optionalExpr(n, "value"), p);
            case "Delete": return new Delete(exprs(n, "targets"), p);
            case "Assign": return new Assign(exprs(n, "targets"), expr(field(n, "value")), p);
            case "AugAssign": return new AugAssign(expr(field(n, "target")), operator(n), expr(field(n, "value")), p);
            case "AnnAssign":
                return new AnnAssign(expr(field(n, "target")), expr(field(n, "annotation")), optionalExpr(n, "value"),
                        integer(n, "simple") != 0, p);
            case "For":
                return new For(expr(field(n, "target")), expr(field(n, "iter")), stmts(n, "body"), stmts(n, "orelse"), p);
            case "AsyncFor":
                return new AsyncFor(expr(field(n, "target")), expr(field(n, "iter")), stmts(n, "body"), stmts(n, "orelse"), p);
            case "While": return new While(expr(field(n, "test")), stmts(n, "body"), stmts(n, "orelse"), p);
            case "If": return new If(expr(field(n, "test")), stmts(n, "body"), stmts(n, "orelse"), p);
            case "With": return new With(list(n, "items", this::withitem), stmts(n, "body"), p);
            case "AsyncWith": return new AsyncWith(list(n, "items", this::withitem), stmts(n, "body"), p);
            case "Match": return new Match(expr(field(n, "subject")), list(n, "cases", this::matchCase), p);
            case "Raise": return new Raise(optionalExpr(n, "exc"), optionalExpr(n, "cause"), p);
            case "Try":
                return new Try(stmts(n, "body"), list(n, "handlers", this::handler), stmts(n, "orelse"), stmts(n, "finalbody"), p);
            case "TryStar":
                return new TryStar(stmts(n, "body"), list(n, "handlers", this::handler), stmts(n, "orelse"), stmts(n, "finalbody"), p);
            case "Assert": return new Assert(expr(field(n, "test")), optionalExpr(n, "msg"), p);
            case "Import": return new Import(list(n, "names", this::alias), p);
            case "ImportFrom": {
                PyObject level = optional(n, "level");
                return new ImportFrom(optionalIdentifier(n, "module"), list(n, "names", this::alias),
                        level instanceof PyInt l ? (int) l.value : 0, p);
            }
            case "Global": return new Global(identifiers(n, "names"), p);
            case "Nonlocal": return new Nonlocal(identifiers(n, "names"), p);
            case "Expr": return new ExprStmt(expr(field(n, "value")), p);
            case "Pass": return new Pass(p);
            case "Break": return new Break(p);
            case "Continue": return new Continue(p);
            default: throw Errors.typeError("expected some sort of stmt, but got " + n.repr().value);
        }
    }

    private Arguments arguments(PyObject n) {
        if (!n.type().isSubtypeOf(types.get("arguments"))) {
            throw Errors.typeError("expected some sort of arguments, but got " + n.repr().value);
        }
        return new Arguments(list(n, "posonlyargs", this::arg), list(n, "args", this::arg), optionalArg(n, "vararg"),
                list(n, "kwonlyargs", this::arg), optionalExprs(n, "kw_defaults"), optionalArg(n, "kwarg"), exprs(n, "defaults"));
    }

    private Arg optionalArg(PyObject n, String name) {
        PyObject v = optional(n, name);
        return v == null ? null : arg(v);
    }

    private Arg arg(PyObject n) {
        kindOf(n, "arg");
        return new Arg(identifier(n, "arg"), optionalExpr(n, "annotation"), pos(n, "arg"));
    }

    private Keyword keyword(PyObject n) {
        kindOf(n, "keyword");
        return new Keyword(optionalIdentifier(n, "arg"), expr(field(n, "value")), pos(n, "keyword"));
    }

    private Alias alias(PyObject n) {
        kindOf(n, "alias");
        return new Alias(identifier(n, "name"), optionalIdentifier(n, "asname"), pos(n, "alias"));
    }

    private WithItem withitem(PyObject n) {
        kindOf(n, "withitem");
        return new WithItem(expr(field(n, "context_expr")), optionalExpr(n, "optional_vars"));
    }

    private ExceptHandler handler(PyObject n) {
        kindOf(n, "excepthandler");
        return new ExceptHandler(optionalExpr(n, "type"), optionalIdentifier(n, "name"), stmts(n, "body"), pos(n, "excepthandler"));
    }

    private Comprehension comprehension(PyObject n) {
        kindOf(n, "comprehension");
        return new Comprehension(expr(field(n, "target")), expr(field(n, "iter")), exprs(n, "ifs"), integer(n, "is_async") != 0);
    }

    private MatchCase matchCase(PyObject n) {
        kindOf(n, "match_case");
        Pattern pattern = pattern(field(n, "pattern"));
        return new MatchCase(pattern, optionalExpr(n, "guard"), stmts(n, "body"), pattern.pos());
    }

    private Pattern pattern(PyObject n) {
        String kind = kindOf(n, "pattern");
        Pos p = pos(n, "pattern");
        return switch (kind) {
            case "MatchValue" -> new MatchValue(expr(field(n, "value")), p);
            case "MatchSingleton" -> new MatchSingleton(constant(field(n, "value")), p);
            case "MatchSequence" -> new MatchSequence(list(n, "patterns", this::pattern), p);
            case "MatchMapping" -> new MatchMapping(exprs(n, "keys"), list(n, "patterns", this::pattern), optionalIdentifier(n, "rest"), p);
            case "MatchClass" -> new MatchClass(expr(field(n, "cls")), list(n, "patterns", this::pattern), identifiers(n, "kwd_attrs"),
                    list(n, "kwd_patterns", this::pattern), p);
            case "MatchStar" -> new MatchStar(optionalIdentifier(n, "name"), p);
            case "MatchAs" -> {
                PyObject inner = optional(n, "pattern");
                yield new MatchAs(inner == null ? null : pattern(inner), optionalIdentifier(n, "name"), p);
            }
            case "MatchOr" -> new MatchOr(list(n, "patterns", this::pattern), p);
            default -> throw Errors.typeError("expected some sort of pattern, but got " + n.repr().value);
        };
    }

    // ---- expressions ---------------------------------------------------------------------------------

    private Expr optionalExpr(PyObject node, String name) {
        PyObject v = optional(node, name);
        return v == null ? null : expr(v);
    }

    private Expr expr(PyObject n) {
        String kind = kindOf(n, "expr");
        Pos p = pos(n, "expr");
        switch (kind) {
            case "BoolOp": return new BoolOp(BoolOpKind.valueOf(kindOf(field(n, "op"), "boolop")), exprs(n, "values"), p);
            case "NamedExpr": return new NamedExpr(expr(field(n, "target")), expr(field(n, "value")), p);
            case "BinOp": return new BinOp(expr(field(n, "left")), operator(n), expr(field(n, "right")), p);
            case "UnaryOp": return new UnaryOp(UnaryOpKind.valueOf(kindOf(field(n, "op"), "unaryop")), expr(field(n, "operand")), p);
            case "Lambda": return new Lambda(arguments(field(n, "args")), expr(field(n, "body")), p);
            case "IfExp": return new IfExp(expr(field(n, "test")), expr(field(n, "body")), expr(field(n, "orelse")), p);
            case "Dict": return new DictExpr(optionalExprs(n, "keys"), exprs(n, "values"), p);
            case "Set": return new SetExpr(exprs(n, "elts"), p);
            case "ListComp": return new ListComp(expr(field(n, "elt")), list(n, "generators", this::comprehension), p);
            case "SetComp": return new SetComp(expr(field(n, "elt")), list(n, "generators", this::comprehension), p);
            case "DictComp":
                return new DictComp(expr(field(n, "key")), expr(field(n, "value")), list(n, "generators", this::comprehension), p);
            case "GeneratorExp": return new GeneratorExp(expr(field(n, "elt")), list(n, "generators", this::comprehension), p);
            case "Await": return new Await(expr(field(n, "value")), p);
            case "Yield": return new Yield(optionalExpr(n, "value"), p);
            case "YieldFrom": return new YieldFrom(expr(field(n, "value")), p);
            case "Compare":
                return new Compare(expr(field(n, "left")), list(n, "ops", o -> CmpOp.valueOf(kindOf(o, "cmpop"))), exprs(n, "comparators"), p);
            case "Call": return new Call(expr(field(n, "func")), exprs(n, "args"), list(n, "keywords", this::keyword), p);
            case "FormattedValue":
                return new FormattedValue(expr(field(n, "value")), integer(n, "conversion"), optionalExpr(n, "format_spec"), p);
            case "JoinedStr": return new JoinedStr(exprs(n, "values"), p);
            case "Constant": return new dev.eddy.ast.Constant(constant(field(n, "value")), p);
            case "Attribute": return new Attribute(expr(field(n, "value")), identifier(n, "attr"), ctx(n), p);
            case "Subscript": return new Subscript(expr(field(n, "value")), expr(field(n, "slice")), ctx(n), p);
            case "Starred": return new Starred(expr(field(n, "value")), ctx(n), p);
            case "Name": return new Name(identifier(n, "id"), ctx(n), p);
            case "List": return new ListExpr(exprs(n, "elts"), ctx(n), p);
            case "Tuple": return new TupleExpr(exprs(n, "elts"), ctx(n), p);
            case "Slice": return new Slice(optionalExpr(n, "lower"), optionalExpr(n, "upper"), optionalExpr(n, "step"), p);
            default: throw Errors.typeError("expected some sort of expr, but got " + n.repr().value);
        }
    }

    /** A Constant's value as the parse tree holds literals. */
    private static Object constant(PyObject v) {
        if (v == PyNone.NONE) {
            return dev.eddy.ast.Constant.Singleton.NONE;
        }
        if (v == PyEllipsis.INSTANCE) {
            return dev.eddy.ast.Constant.Singleton.ELLIPSIS;
        }
        if (v instanceof PyBool b) {
            return b.isTrue();
        }
        if (v instanceof PyInt i) {
            return i.isBig() ? (Object) i.toBig() : (Object) i.value;
        }
        if (v instanceof PyFloat f) {
            return f.value;
        }
        if (v instanceof PyStr s) {
            return s.value;
        }
        if (v instanceof PyBytes b) {
            return b.bytes;
        }
        if (v instanceof PyComplex c && c.real == 0) {
            return new dev.eddy.ast.Constant.Imaginary(c.imag);
        }
        if (v instanceof PyComplex || v.type().name.equals("tuple") || v.type().name.equals("frozenset")) {
            throw Errors.notImplemented("compile() of a Constant holding a " + v.type().name + " is not supported by Eddy");
        }
        throw Errors.typeError("got an invalid type in Constant: " + v.type().name);
    }
}
