/**
 * Executable nodes: the tree the interpreter walks. Statements return completions
 * (NORMAL, BREAK, CONTINUE, RETURN, SUSPEND) instead of throwing; statements on a path to a
 * suspension point keep their resume state in the frame so a generator re-enters where it
 * left off. Depends on dev.eddy.runtime.
 */
package dev.eddy.nodes;
