/**
 * The ANTLR grammar of Python 3.11: the lexer and parser generated from
 * {@code src/main/antlr4/dev/eddy/grammar/PythonLexer.g4} and {@code PythonParser.g4}
 * (generated sources live in target/ only), and the hand-written lexer half they rely on.
 *
 * <ul>
 *   <li>{@link dev.eddy.grammar.PythonLexerBase}: the lexer's superclass; indentation
 *       (INDENT/DEDENT with an indent stack), logical lines (NEWLINE hidden inside brackets
 *       and on blank lines), CPython's number scanner, and CPython's tokenizer errors.</li>
 *   <li>{@link dev.eddy.grammar.PythonToken}: tokens that carry their bracket depth.</li>
 *   <li>{@link dev.eddy.grammar.LexicalError}: a tokenizer error, worded and located as
 *       CPython reports it.</li>
 * </ul>
 * Depends only on the ANTLR 4 runtime. Turning parse trees into syntax trees, and syntax
 * errors into CPython's messages, is {@code dev.eddy.parser}'s job.
 */
package dev.eddy.grammar;
