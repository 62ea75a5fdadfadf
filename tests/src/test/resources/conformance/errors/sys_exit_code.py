# errors: sys.exit(n) with an integer exits with that status, no traceback, finally blocks run
import sys
def main():
    print("doing work")
    try:
        sys.exit(3)
    finally:
        print("cleanup in finally")
    print("not reached")
main()
print("not reached either")
