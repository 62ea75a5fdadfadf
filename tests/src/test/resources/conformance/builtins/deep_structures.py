# builtins: repr of very deep lists, tuples and dicts raises RecursionError; ranges past 64 bits iterate; 20 nested blocks at most
import sys

for name, wrap in (("list", lambda x: [x]), ("tuple", lambda x: (x,)), ("pair", lambda x: (x, 1)),
                   ("dict", lambda x: {"k": x}), ("set in list", lambda x: [x, {1}])):
    obj = None
    for _ in range(100000):
        obj = wrap(obj)
    try:
        repr(obj)
    except RecursionError as e:
        print(name, "RecursionError:", e)
    try:
        str(obj)
    except RecursionError as e:
        print(name, "str RecursionError:", e)

shallow = None
for _ in range(50):
    shallow = [shallow]
print(repr(shallow).count("["), repr(shallow)[:12])
loop = [1]
loop.append(loop)
print(repr(loop), repr({"a": loop}))

r = range(2 ** 64)
try:
    len(r)
except OverflowError as e:
    print("len:", e)
it = iter(r)
print(next(it), next(it), next(it))
print(r[2 ** 63], r[-1], r[-2 ** 64])
print(r.index(2 ** 64 - 1), r.count(2 ** 63), 2 ** 64 in r, 2 ** 64 - 1 in r)
w = range(2 ** 64, 2 ** 64 + 7, 3)
print(list(w), len(w), list(reversed(w)))
print(w[1:], w[::-1], bool(range(2 ** 70, 2 ** 70)))
print(r[2 ** 10:2 ** 70:2 ** 62])
print(sum(1 for _ in zip(range(2 ** 100), "abc")))
print(range(-2 ** 65, 0, 2 ** 63)[:])

def nested(n, opener):
    lines = []
    for i in range(n):
        lines.append("    " * i + opener)
    lines.append("    " * n + "pass")
    return "\n".join(lines) + "\n"

for opener in ("for x in y:", "while x:", "with a:", "if x:", "async for x in y:"):
    for n in (20, 21):
        src = nested(n, opener)
        if opener.startswith("async"):
            src = "async def f():\n" + "".join("    " + line + "\n" for line in src.splitlines())
        try:
            compile(src, "<nested>", "exec")
            print(opener, n, "compiles")
        except SyntaxError as e:
            print(opener, n, e.msg, e.lineno, e.offset)
src = "def f():\n" + "".join("    " + line + "\n" for line in nested(20, "for x in y:").splitlines())
src = nested(19, "for x in y:") + "".join("    " * 19 + line + "\n" for line in src.splitlines())
compile(src, "<nested>", "exec")
print("a function starts again from zero")
src = nested(19, "for x in y:") + "    " * 19 + "try:\n" + "    " * 20 + "pass\n" + "    " * 19 + "except E as e:\n" + "    " * 20 + "pass\n"
try:
    compile(src, "<nested>", "exec")
except SyntaxError as e:
    print("handler:", e.msg, e.lineno, e.offset)
