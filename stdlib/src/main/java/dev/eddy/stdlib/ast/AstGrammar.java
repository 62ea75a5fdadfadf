package dev.eddy.stdlib.ast;

import java.util.ArrayList;
import java.util.List;

/**
 * The abstract grammar of Python 3.11's syntax trees, in ASDL notation, and its reading into
 * {@link Definition}s: which node classes {@code _ast} has, their fields, their position
 * attributes and their docstrings. A field {@code T?} is optional (its class attribute is None),
 * {@code T*} a list.
 */
final class AstGrammar {
    private AstGrammar() {
    }

    private static final String[] RULES = {
        "mod = Module(stmt* body, type_ignore* type_ignores) | Interactive(stmt* body) | Expression(expr body)"
            + " | FunctionType(expr* argtypes, expr returns)",
        "stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)"
            + " | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)"
            + " | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)"
            + " | Return(expr? value)"
            + " | Delete(expr* targets)"
            + " | Assign(expr* targets, expr value, string? type_comment)"
            + " | AugAssign(expr target, operator op, expr value)"
            + " | AnnAssign(expr target, expr annotation, expr? value, int simple)"
            + " | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)"
            + " | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)"
            + " | While(expr test, stmt* body, stmt* orelse)"
            + " | If(expr test, stmt* body, stmt* orelse)"
            + " | With(withitem* items, stmt* body, string? type_comment)"
            + " | AsyncWith(withitem* items, stmt* body, string? type_comment)"
            + " | Match(expr subject, match_case* cases)"
            + " | Raise(expr? exc, expr? cause)"
            + " | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)"
            + " | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)"
            + " | Assert(expr test, expr? msg)"
            + " | Import(alias* names)"
            + " | ImportFrom(identifier? module, alias* names, int? level)"
            + " | Global(identifier* names)"
            + " | Nonlocal(identifier* names)"
            + " | Expr(expr value)"
            + " | Pass | Break | Continue"
            + " attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)",
        "expr = BoolOp(boolop op, expr* values)"
            + " | NamedExpr(expr target, expr value)"
            + " | BinOp(expr left, operator op, expr right)"
            + " | UnaryOp(unaryop op, expr operand)"
            + " | Lambda(arguments args, expr body)"
            + " | IfExp(expr test, expr body, expr orelse)"
            + " | Dict(expr* keys, expr* values)"
            + " | Set(expr* elts)"
            + " | ListComp(expr elt, comprehension* generators)"
            + " | SetComp(expr elt, comprehension* generators)"
            + " | DictComp(expr key, expr value, comprehension* generators)"
            + " | GeneratorExp(expr elt, comprehension* generators)"
            + " | Await(expr value)"
            + " | Yield(expr? value)"
            + " | YieldFrom(expr value)"
            + " | Compare(expr left, cmpop* ops, expr* comparators)"
            + " | Call(expr func, expr* args, keyword* keywords)"
            + " | FormattedValue(expr value, int conversion, expr? format_spec)"
            + " | JoinedStr(expr* values)"
            + " | Constant(constant value, string? kind)"
            + " | Attribute(expr value, identifier attr, expr_context ctx)"
            + " | Subscript(expr value, expr slice, expr_context ctx)"
            + " | Starred(expr value, expr_context ctx)"
            + " | Name(identifier id, expr_context ctx)"
            + " | List(expr* elts, expr_context ctx)"
            + " | Tuple(expr* elts, expr_context ctx)"
            + " | Slice(expr? lower, expr? upper, expr? step)"
            + " attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)",
        "expr_context = Load | Store | Del",
        "boolop = And | Or",
        "operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv",
        "unaryop = Invert | Not | UAdd | USub",
        "cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn",
        "comprehension = (expr target, expr iter, expr* ifs, int is_async)",
        "excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)"
            + " attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)",
        "arguments = (arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)",
        "arg = (identifier arg, expr? annotation, string? type_comment)"
            + " attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)",
        "keyword = (identifier? arg, expr value)"
            + " attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)",
        "alias = (identifier name, identifier? asname)"
            + " attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)",
        "withitem = (expr context_expr, expr? optional_vars)",
        "match_case = (pattern pattern, expr? guard, stmt* body)",
        "pattern = MatchValue(expr value)"
            + " | MatchSingleton(constant value)"
            + " | MatchSequence(pattern* patterns)"
            + " | MatchMapping(expr* keys, pattern* patterns, identifier? rest)"
            + " | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)"
            + " | MatchStar(identifier? name)"
            + " | MatchAs(pattern? pattern, identifier? name)"
            + " | MatchOr(pattern* patterns)"
            + " attributes (int lineno, int col_offset, int end_lineno, int end_col_offset)",
        "type_ignore = TypeIgnore(int lineno, string tag)",
    };

    /** One field or attribute: its ASDL type, name, and whether it is optional (?) or a list (*). */
    record Field(String type, String name, boolean optional, boolean list) {
        @Override
        public String toString() {
            return type + (optional ? "?" : list ? "*" : "") + " " + name;
        }
    }

    /**
     * A node class: a sum type's abstract base (constructors non-empty, fields empty), one of its
     * constructors ({@code base} set), or a product type (neither).
     */
    record Definition(String name, String base, List<Field> fields, List<Field> attributes, List<Definition> constructors, String doc) {
    }

    /** Every class of the grammar, bases before their constructors, in the grammar's order. */
    static List<Definition> definitions() {
        List<Definition> out = new ArrayList<>();
        for (String rule : RULES) {
            int eq = rule.indexOf(" = ");
            String name = rule.substring(0, eq);
            String rhs = rule.substring(eq + 3);
            List<Field> attributes = List.of();
            int at = rhs.indexOf(" attributes (");
            if (at >= 0) {
                attributes = fields(rhs.substring(at + 13, rhs.length() - 1));
                rhs = rhs.substring(0, at);
            }
            if (rhs.startsWith("(")) {
                List<Field> fields = fields(rhs.substring(1, rhs.length() - 1));
                out.add(new Definition(name, null, fields, attributes, List.of(), name + signature(fields)));
                continue;
            }
            List<Definition> ctors = new ArrayList<>();
            boolean simple = true;
            for (String alt : rhs.split(" \\| ")) {
                int paren = alt.indexOf('(');
                String ctorName = paren < 0 ? alt : alt.substring(0, paren);
                List<Field> fields = paren < 0 ? List.of() : fields(alt.substring(paren + 1, alt.length() - 1));
                simple &= fields.isEmpty();
                ctors.add(new Definition(ctorName, name, fields, List.of(), List.of(), ctorName + signature(fields)));
            }
            StringBuilder doc = new StringBuilder(name).append(" = ");
            String separator = simple ? " | " : "\n" + " ".repeat(name.length() + 1) + "| ";
            for (int i = 0; i < ctors.size(); i++) {
                doc.append(i > 0 ? separator : "").append(ctors.get(i).doc());
            }
            out.add(new Definition(name, null, List.of(), attributes, ctors, doc.toString()));
            out.addAll(ctors);
        }
        return out;
    }

    private static List<Field> fields(String text) {
        List<Field> out = new ArrayList<>();
        for (String f : text.split(", ")) {
            int space = f.indexOf(' ');
            String type = f.substring(0, space);
            String fieldName = f.substring(space + 1);
            boolean optional = type.endsWith("?");
            boolean list = type.endsWith("*");
            out.add(new Field(optional || list ? type.substring(0, type.length() - 1) : type, fieldName, optional, list));
        }
        return out;
    }

    private static String signature(List<Field> fields) {
        if (fields.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < fields.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(fields.get(i));
        }
        return sb.append(')').toString();
    }
}
