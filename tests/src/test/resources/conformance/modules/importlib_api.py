# modules: __import__ and importlib.import_module/reload with absolute and relative names
import importlib
import sys

m = importlib.import_module("helper_pkg.sub.sibling")
print(m.__name__, m is sys.modules["helper_pkg.sub.sibling"])
print(importlib.import_module(".core", "helper_pkg").__name__)
print(importlib.import_module("..core", "helper_pkg.sub").__name__)
try:
    importlib.import_module(".core")
except TypeError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module("helper_pkg.absent")
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

print(__import__("helper_pkg.sub.deep").__name__)
print(__import__("helper_pkg.sub.deep", fromlist=["value"]).__name__)
print(__import__("helper_pkg", fromlist=["sub"]).sub.__name__)
print(__import__("sub.sibling", {"__name__": "helper_pkg.core", "__package__": "helper_pkg"}, None, [], 1).__name__)
print(__import__("", {"__name__": "helper_pkg.core", "__package__": "helper_pkg"}, None, ["core"], 1).__name__)
try:
    __import__("x", {"__name__": "__main__"}, None, [], 1)
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)

e = ImportError("message", name="mod", path="/p")
print(e, e.name, e.path, e.msg, ImportError().name)
try:
    ImportError("x", other=1)
except TypeError as e:
    print(type(e).__name__, e)
