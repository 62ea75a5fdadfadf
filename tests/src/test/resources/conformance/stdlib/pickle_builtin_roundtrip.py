# stdlib: builtin and Java-implemented objects survive pickle at every protocol, and copy/deepcopy
import array, collections, copy, functools, itertools, operator, pickle, types


def norm(v):
    if isinstance(v, BaseException):
        return (type(v).__name__, v.args, getattr(v, "__dict__", {}))
    if isinstance(v, functools.partial):
        return ("partial", v.func, v.args, v.keywords)
    if isinstance(v, (operator.itemgetter, operator.attrgetter, operator.methodcaller)):
        return repr(v)
    if type(v).__name__ == "builtin_function_or_method":
        return v.__name__
    if hasattr(v, "__next__"):
        return (type(v).__name__, list(itertools.islice(v, 6)))
    if isinstance(v, collections.defaultdict):
        return ("defaultdict", v.default_factory, dict(v))
    if isinstance(v, types.SimpleNamespace):
        return ("ns", vars(v))
    return v


class Sub(collections.deque):
    pass


def make():
    partly = iter([1, 2, 3, 4]); next(partly)
    s = iter("xyz"); next(s)
    d = iter({"a": 1, "b": 2, "c": 3}); next(d)
    st = iter({7}); 
    rv = reversed([1, 2, 3]); next(rv)
    rr = iter(range(10, 0, -3)); next(rr)
    cyc = itertools.cycle("ab"); next(cyc); next(cyc); next(cyc)
    ch = itertools.chain("ab", "cd"); next(ch); next(ch); next(ch)
    isl = itertools.islice(itertools.count(), 2, 20, 3); next(isl)
    cnt = itertools.count(5, 2); next(cnt)
    en = enumerate("abc", 10); next(en)
    sub = Sub([1, 2], 4)
    err = KeyError("k"); err.note = 1
    return [
        {1, 2}, frozenset({3}), bytearray(b"ab\xff"), slice(1, 5, 2), range(2, 9, 3),
        functools.partial(int, "12", base=8), collections.deque([1, 2], maxlen=5), sub,
        2 + 3j, 1.5, ValueError("bad", 2), err, OSError(2, "no such"), StopIteration(4),
        array.array("i", [1, -2]), array.array("B", b"xy"), array.array("d", [0.25]), array.array("u", "hé"),
        ..., NotImplemented, None, collections.OrderedDict(a=1, b=2), collections.defaultdict(list, a=[1]),
        collections.Counter("aab"), types.SimpleNamespace(a=1, b=[2]),
        partly, s, d, st, rv, rr, cyc, ch, isl, cnt, en, zip("ab", [1, 2]), map(abs, [-1, -2]),
        filter(None, [0, 1, 2]), itertools.repeat("r", 2), reversed("abc"),
        len, "a".upper, [3].append, operator.itemgetter(1, 0), operator.attrgetter("real"),
        operator.methodcaller("split", ","), operator.methodcaller("split", sep=","),
    ]


for i, v in enumerate(make()):
    name = type(v).__name__
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        v = make()[i]
        try:
            r = pickle.loads(pickle.dumps(v, proto))
            print(name, proto, type(r).__name__, norm(r))
        except Exception as e:
            print(name, proto, "ERR", type(e).__name__, e)
    for how in (copy.copy, copy.deepcopy):
        v = make()[i]
        try:
            r = how(v)
            print(name, how.__name__, type(r).__name__, norm(r))
        except Exception as e:
            print(name, how.__name__, "ERR", type(e).__name__, e)

# a subclass keeps its attributes; a partial keeps its state; a methodcaller still works
sub = pickle.loads(pickle.dumps(make()[7], 2))
print(type(sub).__name__, list(sub), sub.maxlen)
mc = pickle.loads(pickle.dumps(operator.methodcaller("split", sep=","), 4))
print(mc("a,b"))
print(pickle.loads(pickle.dumps(functools.partial(int, base=2), 3))("101"))
