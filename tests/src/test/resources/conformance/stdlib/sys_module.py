# stdlib: sys.argv, sys.exit as SystemExit, stdout/stderr objects, recursion limit get/set
import sys
print(sys.argv, len(sys.argv), sys.argv[0].endswith(".py"))
print(sys.getrecursionlimit())
old = sys.getrecursionlimit()
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
def depth(n):
    return n if n == 0 else depth(n - 1)
print(depth(1500))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
try:
    sys.exit(5)
except SystemExit as e:
    print("SystemExit", e.code, repr(e.args))
try:
    sys.exit("message exit")
except SystemExit as e:
    print("SystemExit", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code)
count = sys.stdout.write("written via sys.stdout\n")
print(count)
sys.stderr.write("stderr line is not compared\n")
print(sys.stdout is not sys.stderr, hasattr(sys.stdout, "write"), hasattr(sys.stdout, "flush"))
sys.stdout.flush()
print("version_info major", sys.version_info[0], sys.version_info >= (3, 11))
def cleanup_demo():
    try:
        sys.exit(2)
    finally:
        print("finally runs during sys.exit")
try:
    cleanup_demo()
except SystemExit as e:
    print("caught exit code", e.code)
