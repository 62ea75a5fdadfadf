# errors: an uncaught SyntaxError from an imported module ends the program with the file, line and caret of the error
print("before")
import helper_syntax_error
print("not reached")
