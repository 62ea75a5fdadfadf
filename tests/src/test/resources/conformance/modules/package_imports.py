# modules: packages, submodules and relative imports: __init__.py, __path__, binding of a in "import a.b.c", parent attributes, "." and ".."
import sys

import helper_pkg.sub.deep
print(helper_pkg.sub.deep.value, helper_pkg.sub.deep.parent_version)
print("bound names:", [n for n in ("helper_pkg", "sub", "deep") if n in globals()])
print("attributes:", hasattr(helper_pkg, "sub"), hasattr(helper_pkg.sub, "deep"), hasattr(helper_pkg.sub, "sibling"))
print(sorted(k for k in sys.modules if k.startswith("helper_pkg")))

import helper_pkg.sub.deep as deep
print(deep is sys.modules["helper_pkg.sub.deep"], deep.sibling.NAME)

from helper_pkg.sub import sibling
from helper_pkg import double, core
print(sibling.NAME, double(4), core.double is double)

# names and specs
for m in (helper_pkg, helper_pkg.core, helper_pkg.sub, deep):
    spec = m.__spec__
    print(m.__name__, repr(m.__package__), spec.name, repr(spec.parent),
          spec.origin == m.__file__, spec.loader is m.__loader__,
          hasattr(m, "__path__"), spec.submodule_search_locations == getattr(m, "__path__", None))
print(helper_pkg.__file__.endswith("helper_pkg/__init__.py"), helper_pkg.core.__file__.endswith("helper_pkg/core.py"))
print([p.endswith("helper_pkg") for p in helper_pkg.__path__])
print(type(helper_pkg.__spec__).__name__, type(helper_pkg.__loader__).__name__)
print(helper_pkg.core.__loader__.get_source("helper_pkg.core").splitlines()[0])
try:
    helper_pkg.__loader__.get_source("helper_pkg.core")
except ImportError as e:
    print(type(e).__name__, e, e.name)
print(helper_pkg.__loader__.is_package("helper_pkg"), helper_pkg.core.__loader__.is_package("helper_pkg.core"))
print(__name__, __package__, __spec__)

# a module is not a package
import helper_pkg.core
try:
    import helper_pkg.core.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, "| name:", e.name)
try:
    import helper_pkg.missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, "| name:", e.name)

# relative imports
try:
    import helper_pkg.sub.escape
except ImportError as e:
    print(type(e).__name__, e)
print("helper_pkg.sub.escape" in sys.modules)
try:
    from . import helper_pkg
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .helper_pkg import core
except ImportError as e:
    print(type(e).__name__, e)
