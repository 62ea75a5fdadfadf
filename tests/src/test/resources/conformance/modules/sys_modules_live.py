# modules: sys.modules is the table import reads and writes: replacement objects, del forcing a new load, None blocking, entries planted by hand
import sys
import types

import helper_replaced
print(type(helper_replaced).__name__, helper_replaced.kind, helper_replaced.anything)
from helper_replaced import whatever
print(whatever)

import helper_counted
first = helper_counted
import helper_counted
print(helper_counted.runs, helper_counted is first)
del sys.modules["helper_counted"]
import helper_counted
print(helper_counted.runs, helper_counted is first)

import importlib
again = importlib.reload(helper_counted)
print(again is helper_counted, helper_counted.runs)

planted = types.ModuleType("helper_planted")
planted.value = 42
sys.modules["helper_planted"] = planted
import helper_planted
from helper_planted import value
print(helper_planted is planted, value)

sys.modules["helper_blocked"] = None
try:
    import helper_blocked
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
del sys.modules["helper_blocked"]
try:
    import helper_blocked
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)

print("sys" in sys.modules, sys.modules["sys"] is sys, sys.modules[__name__].__name__)
print(sys.modules["builtins"].len is len)
