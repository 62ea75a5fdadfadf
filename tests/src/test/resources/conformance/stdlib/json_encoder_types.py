# stdlib: json.dumps through the accelerated encoder: subclasses of int/str/dict/tuple, enums, OrderedDict, key coercion, sorting, default, circular references
import enum
import json
from collections import Counter, OrderedDict, defaultdict, namedtuple


class Color(enum.IntEnum):
    RED = 1
    BLUE = 2


class Perm(enum.IntFlag):
    R = 4
    W = 2


class Loud(int):
    def __repr__(self):
        return "Loud!"

    def __str__(self):
        return "loud?"


class Tag(str):
    def __str__(self):
        return "tag?"


print(json.dumps([Color.RED, Perm.R | Perm.W, Loud(7), Tag("x"), True, 10**20]))
print(json.dumps({Color.BLUE: "b", Loud(3): Tag("t"), Tag("k"): Loud(4)}))
print(json.dumps([Color.RED], indent=None, separators=(",", ":")), json.dumps({"k": Color.RED}, indent=1))

Point = namedtuple("Point", "x y")
print(json.dumps(Point(1, 2)), json.dumps({"p": Point(3, [4, (5,)])}))


class Pair(tuple):
    pass


print(json.dumps(Pair((1, "two"))), json.dumps([(), [], {}, ""]))

od = OrderedDict([("b", 1), ("a", 2), ("c", 3)])
od.move_to_end("b")
print(json.dumps(od), json.dumps(od, sort_keys=True))
print(json.dumps(defaultdict(list, {"k": [1]})), json.dumps(Counter("abracadabra"), sort_keys=True))


class Fixed(dict):
    def items(self):
        return [("fixed", 1), (2, "two")]


print(json.dumps(Fixed(a=2)), json.dumps(Fixed()), json.dumps(Fixed(a=1), sort_keys=False))


class NotIterable(dict):
    def items(self):
        return 5


class Triples(dict):
    def items(self):
        return [("a", 1, 2)]


for bad in (NotIterable(a=1), Triples(a=1)):
    try:
        json.dumps(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# keys: str, int, float, bool and None are written as strings; other keys are an error unless skipped
print(json.dumps({1: "i", 2.5: "f", -0.0: "z", 1e300: "big", True: "t", False: "f", None: "n", "s": "s"}))
print(json.dumps({1: 1, "1": 2}), json.dumps({True: 1, 1.0: 2}))
for kwargs in ({}, {"skipkeys": True}, {"skipkeys": True, "sort_keys": True}):
    try:
        print(json.dumps({"a": 1, (1, 2): 2, frozenset(): 3, "b": 4}, **kwargs))
    except TypeError as e:
        print("TypeError", e)
try:
    json.dumps({"b": 1, 2: 2}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True, separators=(";", "=")))

# floats
print(json.dumps([0.1, 1e16, 1.5e-7, 123456789.125, float("inf"), -float("inf"), float("nan")]))
for value in (float("nan"), [1, float("inf")], {float("-inf"): 1}):
    try:
        json.dumps(value, allow_nan=False)
    except ValueError as e:
        print("ValueError", e)

# default: called for anything else, its result encoded in turn
calls = []


def default(o):
    calls.append(type(o).__name__)
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    if isinstance(o, complex):
        return {"re": o.real, "im": o.imag}
    raise TypeError("no " + type(o).__name__)


print(json.dumps([{3, 1}, frozenset({2}), 1j, [2 + 0j]], default=default), calls)
try:
    json.dumps({"a": [1, object()]}, default=default)
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps(b"bytes")
except TypeError as e:
    print("TypeError", e)


class Box:
    pass


box = Box()
try:
    json.dumps(box, default=lambda o: o)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps([box], default=lambda o: [o])
except ValueError as e:
    print("ValueError", e)

# circular containers; with check_circular=False the nesting runs into the recursion limit
loop = []
loop.append(loop)
cycle = {}
cycle["self"] = [cycle]
for value in (loop, cycle):
    try:
        json.dumps(value)
    except ValueError as e:
        print("ValueError", e)
    try:
        json.dumps(value, check_circular=False)
    except RecursionError as e:
        print("RecursionError", e)
shared = [1]
print(json.dumps([shared, shared, {"again": shared}]))

# ensure_ascii and the other separators still go through the same encoder
print(json.dumps({"é": "😀\u2028\x00"}), json.dumps({"é": "😀\u2028\x00"}, ensure_ascii=False))
print(json.dumps(["a", "b"], separators=("", "")), json.dumps({"a": "b"}, separators=(" , ", " : ")))


class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()

    def default(self, o):
        return repr(o)


print(Upper().encode({"k": [None, Box]}), json.dumps([Box], cls=Upper))
