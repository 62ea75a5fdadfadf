package dev.eddy.runtime;

/**
 * How compile() reaches the {@code _ast} module, which lives with the standard library: it turns
 * a parse tree into Python node objects ({@code compile(..., PyCF_ONLY_AST)}, {@code ast.parse}).
 * The module registers its implementation as an {@link InterpreterState#extension} of this type.
 */
public interface AstConversion {
    /** compile()'s flag asking for a tree instead of a code object. */
    int PYCF_ONLY_AST = 0x400;

    /**
     * The node for a parsed program: {@code Module}, {@code Interactive} or {@code Expression}
     * for mode exec, single or eval. {@code tree} is a {@code dev.eddy.ast.Module} for exec and
     * single, a {@code dev.eddy.ast.Expr} for eval; {@code source} is its text.
     */
    PyObject toNodes(Object tree, String mode, String source);

    /**
     * The parse tree of a node object, for compile() in {@code mode}: a {@code dev.eddy.ast.Module}
     * for exec and single, a {@code dev.eddy.ast.Expr} for eval. A malformed tree raises the
     * TypeError CPython's validator does.
     */
    Object fromNodes(PyObject node, String mode);

    /** Whether {@code o} is an instance of {@code _ast.AST}. */
    boolean isNode(PyObject o);
}
