# modules: "from m import *" honours __all__ (importing listed submodules) and otherwise skips _names
from helper_star import *
print(shown, _private_but_listed, part.NAME)
print("hidden" in globals())

from helper_plain import *
print(public, function(), "_private" in globals(), "__dunder__" in globals(), "_sys" in globals())

import helper_star
helper_star.__all__.append("missing")
try:
    from helper_star import *
except AttributeError as e:
    print(type(e).__name__, e)
helper_star.__all__ = [1]
try:
    from helper_star import *
except TypeError as e:
    print(type(e).__name__, e)
