# stdlib: objects CPython will not pickle are refused with CPython's messages, at every protocol
import io, pickle, sys, threading, types


def gen():
    yield 1


class Slots:
    __slots__ = ("a",)


refused = {
    "generator": gen(), "function code": gen.__code__, "memoryview": memoryview(b"ab"),
    "property": property(), "lock": threading.Lock(), "rlock": threading.RLock(),
    "mappingproxy": types.MappingProxyType({}), "dict_keys": {}.keys(), "dict_values": {}.values(),
    "frame": sys._getframe(), "stringio": io.StringIO("x"), "lambda": lambda: 0,
}
for name, obj in refused.items():
    for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
        try:
            obj.__reduce_ex__(proto)
            print(name, proto, "reduced")
        except TypeError as e:
            print(name, proto, "TypeError:", e)
    for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
        try:
            pickle.dumps(obj, proto)
            print(name, proto, "pickled")
        except (TypeError, pickle.PicklingError, AttributeError) as e:
            print(name, proto, type(e).__name__ + ":", str(e).split(" at 0x")[0])

# a class with __slots__ and no __getstate__ pickles from protocol 2 on, not below
s = Slots(); s.a = 5
for proto in (0, 1, 2):
    try:
        print(proto, pickle.loads(pickle.dumps(s, proto)).a)
    except TypeError as e:
        print(proto, "TypeError:", e)

# a module is refused too
for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    try:
        pickle.dumps(sys, proto)
    except TypeError as e:
        print("module", proto, "TypeError:", e)
