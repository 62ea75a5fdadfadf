# lexer: comments everywhere, docstrings, blank lines with trailing whitespace inside blocks
"""Module docstring: not printed."""

def documented(a):
    """Return a doubled.

    More text here.
    """
    # comment inside function
    return a * 2  # trailing comment

print(documented(21))
print(documented.__doc__.splitlines()[0])
print(len(documented.__doc__.splitlines()))


def spaced(x):

    y = x + 1
    
    	
    return y
print(spaced(1))

class Documented:
    """Class docstring."""
    # comment in class body
    attr = 1  # trailing
    def method(self):  # comment after colon
        "single-quoted docstring"
        return self.attr
print(Documented.__doc__, Documented().method(), Documented.method.__doc__)

def no_doc():
    x = 1
    "not a docstring: not first statement"
    return x
print(no_doc(), no_doc.__doc__)

value = 10 # hash inside "string # not comment" would matter
s = "# not a comment"
t = 'also # not'
print(value, s, t)
print("#" * 5)  # ##### comment ####
if value:  # if comment
    # between header and body
    print("body runs")
else:  # else comment
    print("never")
data = [  # open bracket comment
    1,  # one
    # standalone
    2,  # two
]  # close
print(data)
#!not a shebang on line 1, just a comment
#-*- also just a comment -*-
print("end")
