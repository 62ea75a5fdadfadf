/*
 * Python 3.11 syntax, after CPython's Grammar/python.gram.
 *
 * Differences from CPython's grammar, all undone by dev.eddy.parser.AstBuilder:
 *  - assignment, augmented assignment, annotation, del, for and with targets are parsed
 *    as expressions and checked afterwards (CPython's "invalid_*" rules give the errors);
 *  - parameter lists, call arguments and dict/set displays accept their parts in any
 *    order or mix, and except/except* clauses may mix; all are checked afterwards;
 *  - '(' x ')' is one rule for groups, tuples and generator expressions.
 * The rules at the end serve dev.eddy.parser.ErrorAnalysis only. No embedded actions;
 * labelled alternatives name what the builder sees. The soft keywords match and case arrive
 * as MATCH and CASE tokens only where they start a match statement or a case clause (see
 * PythonLexerBase); everywhere else they are names.
 */
parser grammar PythonParser;

options { tokenVocab = PythonLexer; }

file_input    : stmt* EOF;

/** The expression of an f-string replacement field, wrapped in parentheses by the caller. */
fstring_input : star_expressions NEWLINE? EOF;

/** One interactive statement, as CPython's "single" mode reads it (what follows must be blank). */
single_input  : simple_stmts | compound_stmt NEWLINE;

stmt          : compound_stmt | simple_stmts;

simple_stmts  : simple_stmt (';' simple_stmt)* ';'? NEWLINE;

simple_stmt
    : annotated_rhs (annotation | augassign annotated_rhs | ('=' annotated_rhs)*)        # exprStmt
    | 'return' star_expressions?                                                        # returnStmt
    | 'raise' (expression ('from' expression)?)?                                        # raiseStmt
    | 'pass'                                                                            # passStmt
    | 'break'                                                                           # breakStmt
    | 'continue'                                                                        # continueStmt
    | 'del' star_expressions                                                            # delStmt
    | 'assert' expression (',' expression)?                                             # assertStmt
    | 'global' NAME (',' NAME)*                                                         # globalStmt
    | 'nonlocal' NAME (',' NAME)*                                                       # nonlocalStmt
    | 'import' dotted_as_name (',' dotted_as_name)*                                     # importStmt
    | 'from' (dots* dotted_name | dots+) 'import' import_targets                        # fromImportStmt
    ;

annotation    : ':' expression ('=' annotated_rhs)?;
annotated_rhs : yield_expr | star_expressions;
augassign     : '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '**=' | '//=';

dots           : '.' | '...';
dotted_as_name : dotted_name ('as' NAME)?;
dotted_name    : NAME ('.' NAME)*;
import_targets : '(' import_as_name (',' import_as_name)* ','? ')' | import_as_name (',' import_as_name)* | '*';
import_as_name : NAME ('as' NAME)?;

compound_stmt
    : 'if' named_expression ':' block elif_clause* else_block?                                           # ifStmt
    | 'while' named_expression ':' block else_block?                                                    # whileStmt
    | ASYNC? 'for' star_targets 'in' star_expressions ':' block else_block?                              # forStmt
    | 'try' ':' block (except_block+ else_block? finally_block? | finally_block)                         # tryStmt
    | ASYNC? 'with' ('(' with_item (',' with_item)* ','? ')' | with_item (',' with_item)*) ':' block     # withStmt
    | decorator* (funcdef | classdef)                                                                   # defStmt
    | MATCH subject=match_subject ':' NEWLINE INDENT case_block+ DEDENT                                   # matchStmt
    ;

// ---- match statements ----

match_subject : star_named_expression (',' star_named_expression)* ','?;
case_block    : CASE patterns ('if' guard=named_expression)? ':' block;
patterns      : open_sequence_pattern | pattern;
pattern       : or_pattern ('as' NAME)?;
or_pattern    : closed_pattern ('|' closed_pattern)*;
closed_pattern
    : signed_number (sign=('+' | '-') NUMBER)?        # numberPattern
    | STRING+                                         # stringPattern
    | ('None' | 'True' | 'False')                     # singletonPattern
    | NAME ('.' NAME)* '(' class_pattern_args? ')'    # classPattern
    | NAME ('.' NAME)+                                # valuePattern
    | NAME                                            # capturePattern
    | '(' pattern ')'                                 # groupPattern
    | '(' open_sequence_pattern? ')'                  # tuplePattern
    | '[' sequence_items? ']'                         # listPattern
    | '{' mapping_items? '}'                          # mappingPattern
    ;
signed_number         : '-'? NUMBER;
open_sequence_pattern : star_pattern ',' sequence_items?;
sequence_items        : star_pattern (',' star_pattern)* ','?;
star_pattern          : '*' NAME | pattern;
mapping_items         : mapping_item (',' mapping_item)* ','?;
mapping_item          : '**' NAME | mapping_key ':' pattern;
mapping_key
    : signed_number (sign=('+' | '-') NUMBER)?
    | STRING+
    | ('None' | 'True' | 'False')
    | NAME ('.' NAME)+
    ;
class_pattern_args    : class_pattern_arg (',' class_pattern_arg)* ','?;
class_pattern_arg     : NAME '=' pattern | pattern;

elif_clause   : 'elif' named_expression ':' block;
else_block    : 'else' ':' block;
finally_block : 'finally' ':' block;
except_block  : 'except' (star='*'? expression ('as' NAME)?)? ':' block;
with_item     : expression ('as' star_target)?;
decorator     : '@' named_expression NEWLINE;
funcdef       : ASYNC? 'def' NAME '(' params? ')' ('->' expression)? ':' block;
classdef      : 'class' NAME ('(' arguments? ')')? ':' block;
block         : NEWLINE INDENT stmt+ DEDENT | simple_stmts;

params : param (',' param)* ','?;
param
    : NAME (':' expression)? ('=' expression)?              # plainParam
    | '*' (NAME (':' star_expression)?)? ('=' expression)?  # starParam
    | '**' NAME (':' expression)? ('=' expression)?         # kwParam
    | '/'                                                   # slashParam
    ;

lambda_params : lambda_param (',' lambda_param)* ','?;
lambda_param
    : NAME ('=' expression)?                                # lambdaPlainParam
    | '*' NAME? ('=' expression)?                           # lambdaStarParam
    | '**' NAME ('=' expression)?                           # lambdaKwParam
    | '/'                                                   # lambdaSlashParam
    ;

star_targets : star_target (',' star_target)* ','?;
star_target  : '*'? bitwise_or;

// ---- expressions ----

star_expressions      : star_expression (',' star_expression)* ','?;
star_expression       : '*' bitwise_or | expression;
star_named_expression : '*' bitwise_or | named_expression;
named_expression      : NAME ':=' expression | expression;

expression
    : disjunction ('if' disjunction 'else' expression)?
    | lambdef
    ;

lambdef     : 'lambda' lambda_params? ':' expression;
yield_expr  : 'yield' ('from' expression | star_expressions)?;
disjunction : conjunction ('or' conjunction)*;
conjunction : inversion ('and' inversion)*;
inversion   : 'not' inversion | comparison;
comparison  : bitwise_or (comp_op bitwise_or)*;
comp_op     : '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not' 'in' | 'is' | 'is' 'not';

bitwise_or
    : factor                                              # factorExpr
    | bitwise_or op=('*' | '/' | '//' | '%' | '@') bitwise_or # binaryExpr
    | bitwise_or op=('+' | '-') bitwise_or                 # binaryExpr
    | bitwise_or op=('<<' | '>>') bitwise_or               # binaryExpr
    | bitwise_or op='&' bitwise_or                         # binaryExpr
    | bitwise_or op='^' bitwise_or                         # binaryExpr
    | bitwise_or op='|' bitwise_or                         # binaryExpr
    ;

factor        : op=('+' | '-' | '~') factor | power;
power         : await_primary ('**' factor)?;
await_primary : AWAIT? primary;

primary
    : primary '.' NAME                 # attribute
    | primary '(' arguments? ')'       # call
    | primary '[' slices ']'           # subscript
    | atom                             # atomPrimary
    ;

slices : slice (',' slice)* ','?;
slice
    : named_expression (':' upper=expression? (':' step=expression?)?)?   # lowerSlice
    | ':' upper=expression? (':' step=expression?)?                       # openSlice
    | '*' expression                                                      # starSlice
    ;

atom
    : NAME                                      # nameAtom
    | ('True' | 'False' | 'None' | '...')       # constantAtom
    | NUMBER                                    # numberAtom
    | STRING+                                   # stringAtom
    | '(' (yield_expr | testlist_comp)? ')'     # parenAtom
    | '[' testlist_comp? ']'                    # listAtom
    | '{' dictorsetmaker? '}'                   # dictOrSetAtom
    ;

testlist_comp    : star_named_expression (for_if_clauses | (',' star_named_expression)* ','?);
dictorsetmaker   : dict_or_set_item (for_if_clauses | (',' dict_or_set_item)* ','?);
dict_or_set_item : '**' bitwise_or | '*' bitwise_or | named_expression (':' expression)?;

arguments : argument (',' argument)* ','?;
argument
    : NAME '=' expression                 # keywordArg
    | '**' expression                     # kwUnpackArg
    | '*' expression                      # starArg
    | named_expression for_if_clauses?    # positionalArg
    ;

for_if_clauses : for_if_clause+;
for_if_clause  : ASYNC? 'for' star_targets 'in' disjunction ('if' disjunction)*;

// ---- for error reports only (dev.eddy.parser.ErrorAnalysis) ----

/** The two forms of a with statement's items, parsed apart when choosing between them failed. */
with_items_paren  : '(' with_item (',' with_item)* ','? ')' ':';
with_items_plain  : with_item (',' with_item)* ':';

/** How far CPython's own target grammar reads a loop, with or del target. */
target_probe      : target_probe_item (',' target_probe_item)* ','?;
target_probe_item : '*'? primary;
del_probe         : primary (',' primary)* ','?;
