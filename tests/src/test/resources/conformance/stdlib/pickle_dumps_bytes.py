# stdlib: pickle.dumps gives the C pickler's exact bytes for many values at every protocol (hex, or an md5 for long ones)
import pickle, collections, functools, fractions, datetime, enum
class E(enum.Enum):
    A = 1
class P:
    def __init__(self): self.x = 1; self.y = [1, 2]
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
NT = collections.namedtuple("NT", "a b")
def f(): pass
cyc = [1]; cyc.append(cyc)
sh = [1]; 
vals = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -256, 2**31-1, 2**31, -2**31, -2**31-1, 2**63, -2**64, 10**30, -10**30, 2**2000,
        0.0, -0.0, 1.5, float("inf"), float("-inf"), 1e300, "", "a", "héllo", "\U0001f600", "a\nb\\c\r\x00\x1a", "x" * 300, b"", b"\x00\xff", b"y" * 300,
        (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], list(range(1001)), list(range(2500)), {}, {1: 2}, {"a": 1, "b": 2}, {i: i for i in range(1500)},
        set(), {1, 2, 3}, frozenset(), frozenset({1, 2}), bytearray(), bytearray(b"ab"), [sh, sh], cyc, (sh, sh), {"k": (1, [2])},
        1j, range(3), slice(1, 2), collections.OrderedDict(a=1), collections.deque([1, 2]), collections.defaultdict(list, a=[1]),
        collections.Counter("aab"), NT(1, 2), E.A, P(), S(), f, len, int, type(None), ..., NotImplemented, functools.partial(int, base=2),
        fractions.Fraction(1, 3), datetime.date(2020, 1, 2), [P(), P()], "x" * 70000, b"z" * 70000, [b"q" * 30000, b"r" * 40000],
        ]
import hashlib
for i, v in enumerate(vals):
    for proto in range(6):
        try:
            b = pickle.dumps(v, proto)
            print(i, proto, len(b), hashlib.md5(b).hexdigest() if len(b) > 200 else b.hex())
        except Exception as e:
            print(i, proto, "ERR", type(e).__name__, e)
