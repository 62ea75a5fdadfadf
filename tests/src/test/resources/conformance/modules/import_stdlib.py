# modules: importing stdlib modules in all supported forms, also inside functions and classes
import sys, math
import itertools
import functools as ft
from collections import deque, defaultdict
from contextlib import suppress
from time import perf_counter
print(math.floor(3.7), sys.argv[0].endswith("import_stdlib.py"), list(itertools.repeat(1, 2)))
print(ft.reduce(lambda a, b: a * b, [1, 2, 3, 4]), deque("ab"), type(defaultdict(int)).__name__)
with suppress(ValueError):
    int("x")
print(perf_counter() >= 0)
class UsesImport:
    import math as m
    def root(self, x):
        return self.m.sqrt(x)
print(UsesImport().root(49))
def lazy():
    from math import factorial
    return factorial(6)
print(lazy())
print(math.__name__, ft.__name__, deque.__name__)
import math as m1, math as m2
print(m1 is m2 is math)
