/**
 * From syntax tree to executable nodes: {@link dev.eddy.compiler.ScopeAnalyzer} resolves every
 * name to a local/cell/free/global/class binding and flags generators and coroutines;
 * {@link dev.eddy.compiler.Compiler} assigns frame slots and builds nodes, lowering yields and
 * awaits nested in expressions into statements. Depends on dev.eddy.ast, dev.eddy.nodes, dev.eddy.runtime.
 */
package dev.eddy.compiler;
