# stdlib: pickle round trips (all protocols), shared references and cycles, __reduce__, __getstate__/__setstate__, errors
import io
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency

    def __reduce__(self):
        return (Money, (self.amount, self.currency))

    def __repr__(self):
        return f"Money({self.amount}, {self.currency!r})"


class Session:
    def __init__(self, user):
        self.user = user
        self.conn = object()

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["conn"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.conn = None


def helper():
    return "helped"


data = {
    "ints": [0, 1, -1, 255, 256, 65535, 2**31, -2**31, 2**63, -2**100],
    "floats": [0.0, -1.5, 1e300, float("inf")],
    "text": ["", "ascii", "héllo", "日本", "\U0001f600"],
    "bytes": b"\x00\xffabc",
    "bytearray": bytearray(b"xyz"),
    "nested": {"t": (1, (2, 3)), "l": [[], {}], "n": None, "b": [True, False]},
    "set": {1, 2, 3},
    "frozen": frozenset({4, 5}),
    "complex": 3 + 4j,
    "point": Point(1, 2),
}

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    blob = pickle.dumps(data, protocol=proto)
    back = pickle.loads(blob)
    print("protocol", proto, "round trip:", back == data, type(blob).__name__)
print("HIGHEST_PROTOCOL:", pickle.HIGHEST_PROTOCOL, "DEFAULT_PROTOCOL:", pickle.DEFAULT_PROTOCOL)
print("protocol 0 ascii:", pickle.dumps([1, "a", 2.5], protocol=0).isascii())
print("headers:", pickle.dumps(None, protocol=2)[:2], pickle.dumps(None, protocol=4)[:2])
print("small int p2:", pickle.dumps(5, protocol=2))
print("str p3:", pickle.dumps("hi", protocol=3))
print("tuple p1:", pickle.dumps((1, 2), protocol=1))

shared = [1, 2]
pair = pickle.loads(pickle.dumps([shared, shared]))
print("shared kept:", pair[0] is pair[1])
cyc = []
cyc.append(cyc)
back = pickle.loads(pickle.dumps(cyc))
print("cycle kept:", back[0] is back)

print("reduce:", pickle.loads(pickle.dumps([Money(5, "EUR"), Money(7, "USD")])))
s = pickle.loads(pickle.dumps(Session("ann")))
print("getstate/setstate:", s.user, s.conn)
print("function by reference:", pickle.loads(pickle.dumps(helper))())
print("class by reference:", pickle.loads(pickle.dumps(Point)) is Point)

buf = io.BytesIO()
pickle.dump({"step": 1}, buf)
pickle.dump({"step": 2}, buf)
buf.seek(0)
print("two from one stream:", pickle.load(buf), pickle.load(buf))
try:
    pickle.load(buf)
except EOFError as e:
    print("EOFError at end:", type(e).__name__)

buf = io.BytesIO()
p = pickle.Pickler(buf, protocol=2)
p.dump(("tuple", 1))
print("Pickler/Unpickler:", pickle.Unpickler(io.BytesIO(buf.getvalue())).load())

for bad in (lambda: 1,):
    try:
        pickle.dumps(bad)
    except (pickle.PicklingError, TypeError, AttributeError) as e:
        print("cannot pickle:", type(e).__name__, str(e).split(" at ")[0])
try:
    pickle.loads(b"")
except EOFError as e:
    print("empty input:", type(e).__name__)
print("issubclass:", issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))
