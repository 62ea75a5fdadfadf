/**
 * The syntax tree: immutable records named and shaped after CPython 3.11's ast module
 * (ast.List is {@code ListExpr}, ast.Expr the statement is {@code ExprStmt}). Depends on nothing.
 */
package dev.eddy.ast;
