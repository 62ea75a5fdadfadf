package dev.eddy.grammar;

/**
 * A tokenizer error, located and worded as CPython 3.11's tokenizer reports it.
 *
 * <p>{@code raising} tells the two kinds of CPython tokenizer errors apart: a raising error
 * (an unterminated string, an unmatched bracket, a bad number or character) is reported
 * whatever the parser thinks of the tokens before it, while the others (a bad dedent,
 * inconsistent tabs, end of file inside brackets or after a backslash) only surface if
 * the parser gets that far. {@code openBracket} is the innermost bracket still open when
 * the error was found (0 when none), with its 1-based line and 0-based column: CPython
 * may report "'(' was never closed" instead.
 *
 * @param kind        "SyntaxError", "IndentationError" or "TabError"
 * @param message     CPython's message
 * @param line        1-based line of the error
 * @param offset      1-based column of the caret, as CPython's SyntaxError.offset
 * @param endLine     as CPython's SyntaxError.end_lineno
 * @param endOffset   as CPython's SyntaxError.end_offset (0 or -1 when CPython has none)
 * @param raising     whether CPython's tokenizer raises it wherever the parser stopped
 * @param eofInBrackets whether this is the end of the input inside open brackets
 * @param openBracket the innermost open bracket character, or 0
 * @param bracketLine its line
 * @param bracketCol  its 0-based column
 */
public record LexicalError(String kind, String message, int line, int offset, int endLine, int endOffset,
                           boolean raising, boolean eofInBrackets, char openBracket, int bracketLine, int bracketCol) {
}
