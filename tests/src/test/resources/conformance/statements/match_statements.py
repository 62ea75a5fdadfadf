# statements: match statements: every pattern kind, guards, captures, inside generators and coroutines, CPython's errors
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
def describe(v):
    match v:
        case None: return "none"
        case True: return "true"
        case 0 | 1 as small: return f"small {small}"
        case -2: return "minus two"
        case 1+2j: return "complex"
        case "hi" | b"hi": return "greeting"
        case []: return "empty list"
        case [x]: return f"one {x}"
        case [x, y, *rest] if len(rest) > 2: return f"long {x} {y} {rest}"
        case (x, *_, y): return f"ends {x} {y}"
        case {"type": "move", "to": (tx, ty), **others}: return f"move {tx},{ty} {others}"
        case {"k": _}: return "has k"
        case Point(0, 0): return "origin"
        case Point(x=0, y=yy): return f"on y axis {yy}"
        case Point(xx, yy) if xx == yy: return f"diagonal {xx}"
        case Point(): return "point"
        case int(n) if n > 100: return f"big {n}"
        case float() | int(): return f"number {v}"
        case str() as s: return f"string {s!r}"
        case _: return "other"
for v in [None, True, 0, 1, -2, 1+2j, "hi", b"hi", [], [5], [1, 2, 3, 4, 5], (1, 2, 3), [1, 2],
          {"type": "move", "to": (3, 4), "speed": 9}, {"k": 1, "z": 2}, Point(0, 0), Point(0, 7), Point(3, 3), Point(1, 2),
          500, 5, 2.5, "text", {1, 2}, range(3), "ab"]:
    print(repr(v) if not isinstance(v, Point) else "Point", "->", describe(v))
match 1, 2:
    case a, b: print("tuple subject", a, b)
x = 5
match x:
    case y: print("captured", y)
class Color:
    RED = 1
    GREEN = 2
match 2:
    case Color.RED: print("red")
    case Color.GREEN: print("green")
def gen(items):
    for it in items:
        match it:
            case [a, b]:
                yield a + b
            case {"v": v} if (yield v) is None:
                yield "after guard"
            case _:
                yield "skip"
print(list(gen([[1, 2], {"v": 9}, 3])))
import asyncio
async def get(v):
    await asyncio.sleep(0)
    return v
async def amain(items):
    out = []
    for it in items:
        match it:
            case int(n) if await get(n > 1):
                out.append(await get(n * 10))
            case str(s):
                await asyncio.sleep(0)
                out.append(s.upper())
            case _:
                out.append(None)
    return out
print(asyncio.run(amain([1, 2, "a", 3.0])))
def t(f):
    try: f()
    except Exception as e: print(type(e).__name__, e)
def a():
    match 1:
        case int(1, 2): pass
def b():
    match Point(1, 2):
        case Point(1, 2, 3): pass
def c():
    match Point(1, 2):
        case Point(1, x=2): pass
def d():
    x = 3
    match 1:
        case x.real(): pass
t(a); t(b); t(c); t(d)
for src in ["match x:\n case y: pass\n case 1: pass", "match x:\n case _: pass\n case 1: pass",
            "match x:\n case [a, *b, *c]: pass", "match x:\n case a | b: pass", "match x:\n case [a, a]: pass",
            "match x:\n case {'a': 1, 'a': 2}: pass", "match x:\n case C(a=1, a=2): pass", "match x:\n case y | 1: pass",
            "match x:\n case 1+1: pass", "match x:\n case f'x': pass", "match x:\n case _ as y: pass\n case 2: pass",
            "match x:\n case [a] | [b, c]: pass"]:
    try: compile(src, "s", "exec"); print("ok")
    except SyntaxError as e: print(e.msg, e.offset if "alternative" not in e.msg else "")
match = [1]; match[0] = 2; print(match)
case = 3; print(case)
