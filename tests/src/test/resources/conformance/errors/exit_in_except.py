# errors: sys.exit inside an except block exits with the given status despite the active exception
import sys
try:
    {}["missing"]
except KeyError as e:
    print("fatal lookup failure:", e)
    sys.exit(7)
