/*
 * Python 3.11 tokens, as CPython's tokenizer (Parser/tokenizer.c) produces them.
 *
 * The rules below only recognise raw lexemes. PythonLexerBase turns them into the token
 * stream the parser sees: it measures indentation and emits INDENT/DEDENT, hides line
 * breaks inside brackets and on blank lines, drops whitespace, comments and backslash
 * continuations, finishes numbers with CPython's own scanner, and reports CPython's
 * tokenizer errors (as one ERRORTOKEN followed by EOF).
 */
lexer grammar PythonLexer;

options { superClass = PythonLexerBase; }

// MATCH and CASE: the soft keywords, as the lexer base class retypes a NAME that starts a match statement or case clause
tokens { INDENT, DEDENT, ERRORTOKEN, OP, MATCH, CASE }

// Keywords (before NAME: on equal length the first rule wins).
FALSE    : 'False';
NONE     : 'None';
TRUE     : 'True';
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
ASYNC    : 'async';
AWAIT    : 'await';
BREAK    : 'break';
CLASS    : 'class';
CONTINUE : 'continue';
DEF      : 'def';
DEL      : 'del';
ELIF     : 'elif';
ELSE     : 'else';
EXCEPT   : 'except';
FINALLY  : 'finally';
FOR      : 'for';
FROM     : 'from';
GLOBAL   : 'global';
IF       : 'if';
IMPORT   : 'import';
IN       : 'in';
IS       : 'is';
LAMBDA   : 'lambda';
NONLOCAL : 'nonlocal';
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
RAISE    : 'raise';
RETURN   : 'return';
TRY      : 'try';
WHILE    : 'while';
WITH     : 'with';
YIELD    : 'yield';

// Like CPython, any non-ASCII character may belong to a name; PythonLexerBase then checks
// such names against the Unicode identifier rules (which keeps this automaton small).
NAME : ID_START ID_CONTINUE*;

// Only the first character(s): PythonLexerBase scans the rest exactly as CPython does.
NUMBER : [0-9] | '.' [0-9];

STRING : STRING_PREFIX? (SHORT_STRING | LONG_STRING);

// An opening quote that STRING could not close; PythonLexerBase reports it.
UNTERMINATED_STRING : STRING_PREFIX? ('\'' | '"' | '\'\'\'' | '"""');

NEWLINE           : '\r'? '\n' | '\r';
WS                : [ \t\f]+;
COMMENT           : '#' ~[\r\n]*;
LINE_CONTINUATION : '\\' ('\r'? '\n' | '\r');

LPAR             : '(';
RPAR             : ')';
LSQB             : '[';
RSQB             : ']';
LBRACE           : '{';
RBRACE           : '}';
COLON            : ':';
COMMA            : ',';
SEMI             : ';';
PLUS             : '+';
MINUS            : '-';
STAR             : '*';
SLASH            : '/';
VBAR             : '|';
AMPER            : '&';
LESS             : '<';
GREATER          : '>';
EQUAL            : '=';
DOT              : '.';
PERCENT          : '%';
EQEQUAL          : '==';
NOTEQUAL         : '!=';
LESSEQUAL        : '<=';
GREATEREQUAL     : '>=';
TILDE            : '~';
CIRCUMFLEX       : '^';
LEFTSHIFT        : '<<';
RIGHTSHIFT       : '>>';
DOUBLESTAR       : '**';
PLUSEQUAL        : '+=';
MINEQUAL         : '-=';
STAREQUAL        : '*=';
SLASHEQUAL       : '/=';
PERCENTEQUAL     : '%=';
AMPEREQUAL       : '&=';
VBAREQUAL        : '|=';
CIRCUMFLEXEQUAL  : '^=';
LEFTSHIFTEQUAL   : '<<=';
RIGHTSHIFTEQUAL  : '>>=';
DOUBLESTAREQUAL  : '**=';
DOUBLESLASH      : '//';
DOUBLESLASHEQUAL : '//=';
AT               : '@';
ATEQUAL          : '@=';
// CPython tokenizes '<>' as one (always rejected) operator.
LESSGREATER      : '<>';
RARROW           : '->';
ELLIPSIS         : '...';
COLONEQUAL       : ':=';

// Anything else; PythonLexerBase decides between an unknown operator and an error.
ERROR_CHAR : .;

fragment STRING_PREFIX : [rRuUbBfF] | [bB] [rR] | [rR] [bB] | [fF] [rR] | [rR] [fF];
fragment SHORT_STRING  : '\'' (ESCAPE | ~[\\\r\n'])* '\'' | '"' (ESCAPE | ~[\\\r\n"])* '"';
fragment LONG_STRING   : '\'\'\'' (ESCAPE | ~'\\')*? '\'\'\'' | '"""' (ESCAPE | ~'\\')*? '"""';
fragment ESCAPE        : '\\' ('\r\n' | .);
fragment ID_START      : [a-zA-Z_\u0080-\u{10FFFF}];
fragment ID_CONTINUE   : [a-zA-Z_0-9\u0080-\u{10FFFF}];
