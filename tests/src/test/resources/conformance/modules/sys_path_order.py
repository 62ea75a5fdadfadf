# modules: sys.path is searched in order and edits at run time count; the script's folder comes first
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
print(sys.path[0] == here)
try:
    import helper_shadowed
except ModuleNotFoundError as e:
    print(e)

sys.path.insert(1, os.path.join(here, "helper_paths", "second"))
sys.path.insert(1, os.path.join(here, "helper_paths", "first"))
import helper_shadowed
import helper_only_second
print(helper_shadowed.WHERE, helper_only_second.WHERE)

# a new order finds the other module once the old one is forgotten
sys.path.remove(os.path.join(here, "helper_paths", "first"))
del sys.modules["helper_shadowed"]
import helper_shadowed
print(helper_shadowed.WHERE)

# a relative entry is read against the working directory
sys.path.insert(0, "helper_paths/first")
del sys.modules["helper_shadowed"]
import helper_shadowed
print(helper_shadowed.WHERE, os.path.isabs(helper_shadowed.__file__), helper_shadowed.__file__ == os.path.join(here, "helper_paths", "first", "helper_shadowed.py"))

# replacing sys.path altogether
saved = sys.path
sys.path = [os.path.join(here, "helper_paths", "second")]
del sys.modules["helper_shadowed"]
import helper_shadowed
print(helper_shadowed.WHERE)
sys.path = saved
