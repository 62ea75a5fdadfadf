import sys as _sys
public = 1
_private = 2
__dunder__ = 3
def function():
    return "function"
