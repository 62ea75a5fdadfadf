# errors: sys.exit(0) and sys.exit(None) stop the program successfully; later code is skipped
import sys
print("before exit")
try:
    sys.exit(None)
except SystemExit as e:
    print("caught first exit, code", e.code)
sys.exit(0)
print("not printed")
