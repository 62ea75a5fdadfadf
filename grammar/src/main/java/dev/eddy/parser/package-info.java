/**
 * Python source to {@code dev.eddy.ast} syntax trees, with CPython 3.11's syntax errors.
 *
 * <p>Entry points: {@link dev.eddy.parser.PythonParser#parseFile} (a whole file) and
 * {@link dev.eddy.parser.PythonParser#isIncomplete} (the REPL's "need more lines?", as
 * codeop decides); errors are {@link dev.eddy.parser.SyntaxErrorException}, whose
 * {@code format()} is what CPython prints.
 *
 * <p>How it works: {@code ParseRun} lexes the whole text and parses it with the generated
 * parser, SLL prediction first and full LL only if SLL fails. {@code AstBuilder} turns the
 * parse tree into the AST (targets get their Store/Del context, string literals are decoded
 * by {@code StringLiterals}, f-strings split by {@code FStringBuilder}, whose replacement
 * fields are parsed by another {@code ParseRun}). The grammar is more permissive than
 * CPython's in places (targets, parameters, arguments); the builder rejects what CPython
 * rejects, with CPython's messages. When the parser fails, {@code ErrorAnalysis} emulates
 * CPython's second parser pass ("invalid_*" rules) and tokenizer priorities to report the
 * same message, line and column. The expected behaviour is pinned by tests generated from
 * CPython itself (src/test/oracle).
 *
 * <p>{@link dev.eddy.parser.Precompiler} is a build step: it compiles the Python files a jar
 * ships into compiled-module cache entries ({@code dev.eddy.ast.codec}).
 *
 * <p>Depends on {@code dev.eddy.ast}, {@code dev.eddy.grammar} and the ANTLR 4 runtime; nothing
 * else. No ANTLR error listener is left attached: nothing is printed.
 */
package dev.eddy.parser;
