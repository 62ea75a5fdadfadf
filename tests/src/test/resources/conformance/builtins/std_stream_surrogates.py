# builtins: lone surrogates on the standard streams follow each stream's error handler (stderr's is backslashreplace)
import sys
print(sys.stderr.errors)
sys.stdout.reconfigure(errors="surrogateescape")
print("escaped \udcc3\udca9", sys.stdout.errors)
sys.stderr.write("err \udc80 \ud800\n")
try:
    print("x\ud800y")
except UnicodeEncodeError as e:
    print("caught", e)
sys.stdout.reconfigure(errors="strict")
try:
    print("a\udc80b")
except UnicodeEncodeError as e:
    print("caught", e)
sys.stdout.reconfigure(errors="backslashreplace")
print("shown \udc80", sys.stdout.errors)
