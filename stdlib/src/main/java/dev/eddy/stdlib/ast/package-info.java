/**
 * The {@code _ast} module: the syntax-tree node classes of Python 3.11's abstract grammar
 * ({@link dev.eddy.stdlib.ast.AstGrammar}); the conversion of Eddy's parse tree into them that
 * {@code compile(..., ast.PyCF_ONLY_AST)} and so {@code ast.parse} use, and back again for
 * {@code compile(tree, ...)}. CPython's {@code ast.py} builds dump, literal_eval, unparse and
 * the visitors on top.
 */
package dev.eddy.stdlib.ast;
