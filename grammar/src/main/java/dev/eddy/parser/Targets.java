package dev.eddy.parser;

import dev.eddy.ast.*;
import java.util.ArrayList;
import java.util.List;

/**
 * Assignment and deletion targets, CPython's way: which expressions may be assigned to or
 * deleted, what CPython calls the others in its messages, and giving a valid target its
 * Store or Del context.
 */
final class Targets {
    private Targets() {
    }

    /** Where a target stands: an assignment or with, a for loop or comprehension, a del. */
    enum Kind { STAR, FOR, DEL }

    /** CPython's _PyPegen_get_invalid_target: the first part of e that cannot be a target, or null. */
    static Expr invalid(Expr e, Kind kind) {
        if (e instanceof ListExpr l) {
            for (Expr x : l.elts()) {
                Expr bad = invalid(x, kind);
                if (bad != null) {
                    return bad;
                }
            }
            return null;
        }
        if (e instanceof TupleExpr t) {
            for (Expr x : t.elts()) {
                Expr bad = invalid(x, kind);
                if (bad != null) {
                    return bad;
                }
            }
            return null;
        }
        if (e instanceof Starred s) {
            return kind == Kind.DEL ? e : invalid(s.value(), kind);
        }
        if (e instanceof Compare c) {
            if (kind == Kind.FOR) {
                return c.ops().get(0) == CmpOp.In ? invalid(c.left(), kind) : null;
            }
            return e;
        }
        if (e instanceof Name || e instanceof Subscript || e instanceof Attribute) {
            return null;
        }
        return e;
    }

    /** CPython's _PyPegen_get_expr_name. */
    static String name(Expr e) {
        if (e instanceof Attribute) {
            return "attribute";
        } else if (e instanceof Subscript) {
            return "subscript";
        } else if (e instanceof Starred) {
            return "starred";
        } else if (e instanceof Name) {
            return "name";
        } else if (e instanceof ListExpr) {
            return "list";
        } else if (e instanceof TupleExpr) {
            return "tuple";
        } else if (e instanceof Lambda) {
            return "lambda";
        } else if (e instanceof Call) {
            return "function call";
        } else if (e instanceof BoolOp || e instanceof BinOp || e instanceof UnaryOp) {
            return "expression";
        } else if (e instanceof GeneratorExp) {
            return "generator expression";
        } else if (e instanceof Yield || e instanceof YieldFrom) {
            return "yield expression";
        } else if (e instanceof Await) {
            return "await expression";
        } else if (e instanceof ListComp) {
            return "list comprehension";
        } else if (e instanceof SetComp) {
            return "set comprehension";
        } else if (e instanceof DictComp) {
            return "dict comprehension";
        } else if (e instanceof DictExpr) {
            return "dict literal";
        } else if (e instanceof SetExpr) {
            return "set display";
        } else if (e instanceof JoinedStr || e instanceof FormattedValue) {
            return "f-string expression";
        } else if (e instanceof Constant c) {
            Object v = c.value();
            if (v == Constant.Singleton.NONE) {
                return "None";
            } else if (Boolean.FALSE.equals(v)) {
                return "False";
            } else if (Boolean.TRUE.equals(v)) {
                return "True";
            } else if (v == Constant.Singleton.ELLIPSIS) {
                return "ellipsis";
            }
            return "literal";
        } else if (e instanceof Compare) {
            return "comparison";
        } else if (e instanceof IfExp) {
            return "conditional expression";
        } else if (e instanceof NamedExpr) {
            return "named expression";
        }
        return "expression";
    }

    /** e with its context (and that of its elements) set: only valid targets get here. */
    static Expr withCtx(Expr e, Ctx ctx) {
        if (e instanceof Name n) {
            return new Name(n.id(), ctx, n.pos());
        } else if (e instanceof Attribute a) {
            return new Attribute(a.value(), a.attr(), ctx, a.pos());
        } else if (e instanceof Subscript s) {
            return new Subscript(s.value(), s.slice(), ctx, s.pos());
        } else if (e instanceof Starred s) {
            return new Starred(withCtx(s.value(), ctx), ctx, s.pos());
        } else if (e instanceof TupleExpr t) {
            return new TupleExpr(withCtx(t.elts(), ctx), ctx, t.pos());
        } else if (e instanceof ListExpr l) {
            return new ListExpr(withCtx(l.elts(), ctx), ctx, l.pos());
        }
        return e;
    }

    private static List<Expr> withCtx(List<Expr> es, Ctx ctx) {
        List<Expr> out = new ArrayList<>(es.size());
        for (Expr e : es) {
            out.add(withCtx(e, ctx));
        }
        return out;
    }
}
