# stdlib: __reduce_ex__ values of builtin and Java-implemented types match CPython's C types
import array, collections, functools, itertools, operator, re, types


def show(value):
    """A reduce value with iterators replaced by their remaining items."""
    if isinstance(value, tuple):
        return "(" + ", ".join(show(v) for v in value) + ("," if len(value) == 1 else "") + ")"
    if type(value).__name__.endswith(("iterator", "_iterator")):
        return "<%s %r>" % (type(value).__name__, list(value))
    return re.sub(r" at 0x[0-9a-f]+", "", repr(value))


values = [
    {1, 2}, frozenset({3}), bytearray(b"ab"), bytearray(), slice(1, 5, 2), range(2, 9, 3),
    functools.partial(int, "12", base=8), collections.deque([1, 2], maxlen=5), collections.deque([1]),
    ValueError("bad", 2), KeyError("k"), OSError(2, "x"), OSError(2, "x", "f"), StopIteration(3),
    array.array("i", [1, 2]), array.array("d", [0.5]), ..., NotImplemented,
    collections.defaultdict(list, a=[1]), collections.defaultdict(),
    iter([1, 2, 3]), iter((1, 2)), iter("ab"), iter({1: 2}), iter({1: 2}.values()), iter({1: 2}.items()),
    iter({5}), iter(range(3)), iter(b"ab"), iter(bytearray(b"a")), enumerate("ab", 3),
    itertools.count(5), itertools.count(1.5, 2), reversed([1, 2]), reversed((1, 2)), reversed(range(3)),
    zip([1], [2]), map(int, "1"), filter(None, [1]), itertools.repeat(1), itertools.repeat(1, 3),
    itertools.cycle([1]), itertools.chain([1], [2]), itertools.islice([1, 2, 3], 1, 3, 1),
    len, "a".upper, [].append, types.SimpleNamespace(a=1),
    operator.itemgetter(1), operator.attrgetter("a", "b"), operator.methodcaller("f", 1),
    7, 2.5, "s", (1,), True, None, 1 + 2j,
]
for v in values:
    for proto in (0, 2, 4):
        try:
            r = v.__reduce_ex__(proto)
            print(type(v).__name__, proto, show(r).replace("copyreg.", ""))
        except TypeError as e:
            print(type(v).__name__, proto, "TypeError:", e)

# a partially consumed iterator reduces to where it stands
it = iter([10, 20, 30]); next(it)
print(show(it.__reduce__()))
it = iter("héllo"); next(it); next(it)
print(show(it.__reduce__()))
r = reversed([1, 2, 3]); next(r)
print(show(r.__reduce__()))
c = itertools.cycle("ab"); next(c); next(c); next(c)
print(show(c.__reduce__()))
e = ValueError(1); e.extra = "x"; e.add_note("n")
print(e.__reduce__())

# exception subclasses and attributes
class MyError(Exception):
    pass
m = MyError("a", 1); m.code = 3
print(m.__reduce__())
print(UnicodeDecodeError("utf-8", b"x", 0, 1, "bad").__reduce__())
