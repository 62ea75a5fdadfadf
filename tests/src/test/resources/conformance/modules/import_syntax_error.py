# modules: a SyntaxError in an imported module is a Python exception the importer can catch; the module is not left in sys.modules
import os
import sys

for name in ("helper_broken_syntax", "helper_broken_indent"):
    try:
        __import__(name)
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", os.path.basename(e.filename), e.lineno)
        print(str(e))
        print(name in sys.modules)
