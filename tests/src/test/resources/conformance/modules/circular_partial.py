# modules: a circular import sees the partly run module; a from-import of a name not yet defined names the circular import
import sys

import helper_partial_a
print(helper_partial_a.LATE, helper_partial_a.helper_partial_b.B_NAME)
try:
    import helper_partial_c
except ImportError as e:
    print(type(e).__name__, e.name, str(e).split(" (")[0] + " (...)" if "(" in str(e) else e)
    print("most likely due to a circular import" in str(e), str(e).endswith("helper_partial_c.py)"))
print("helper_partial_c" in sys.modules, "helper_partial_d" in sys.modules)
