# builtins: print() with sep, end, file and flush; printing of mixed values; sys.stdout.write
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" -> ")
print("no newline", end="")
print(" | continued")
print("x", end="\n\n")
print(1, 2.5, None, True, [1, "two"], (3,), {"k": "v"}, sep=" ; ")
print(*["unpacked", "list"], sep="+", end="!\n")
print("to stdout explicitly", file=sys.stdout)
print("to stderr (not compared)", file=sys.stderr)
print("flushed", flush=True)
print(sep="ignored", end="only end\n")
print("", "", sep="|")
print("multi\nline", "arg")
print(None, sep=None, end=None)
n = sys.stdout.write("written directly\n")
print("write returned", n)
sys.stdout.write("partial ")
sys.stdout.write("line\n")
print("tab\tseparated", "and", "spaces", sep="\t")
class Custom:
    def __str__(self):
        return "custom-str"
print(Custom(), str(Custom()), sep=", ")
print("%s=%d" % ("answer", 42), "{}/{}".format(1, 2))
print(chr(65) * 3, "é", "\u263a" == "☺")
for i in range(3):
    print(i, end=" " if i < 2 else "\n")
print("end", end="")
print()
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError", e)
