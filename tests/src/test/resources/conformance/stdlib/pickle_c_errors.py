# stdlib: the C unpickler's and pickler's errors and messages; Pickler/Unpickler subclasses with persistent ids, reducer_override, dispatch_table and find_class
import pickle, io, copyreg, collections
for b in (b'', b'\x80', b'(', b'\x80\x04K', b'q\x00', b'h\x05', b'\x80\x09', b'\xff', b'a', b'N0', b'X\x05\x00\x00\x00ab', b'not a pickle', b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01.', b"S'abc'\np0\n.", b'U\x03abc.', b"c__builtin__\nlen\n."):
    try: print(repr(pickle.loads(b)))
    except Exception as e: print(b, type(e).__name__, e)
print(pickle.loads(b'U\x03abc.', encoding='bytes'))
for proto in range(6):
    for v in [1, "x", [1, (2, 3)], {"a": {1, 2}}, collections.OrderedDict(a=1), b"xy", bytearray(b"z")]:
        assert pickle.loads(pickle.dumps(v, proto)) == v, (proto, v)
class P(pickle.Pickler):
    def persistent_id(self, obj):
        return "PID" if obj == "secret" else None
class U(pickle.Unpickler):
    def persistent_load(self, pid):
        return "restored " + pid
for proto in (0, 2, 4):
    f = io.BytesIO(); P(f, proto).dump(["secret", "open"]); f.seek(0)
    print(proto, f.getvalue().hex(), U(f).load())
class R(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, complex): return (complex, (9, 9))
        return NotImplemented
f = io.BytesIO(); R(f, 4).dump([1j, 2]); print(pickle.loads(f.getvalue()))
f = io.BytesIO(); p = pickle.Pickler(f, 2); p.dispatch_table = {complex: lambda c: (str, ("c",))}; p.dump(1j); print(pickle.loads(f.getvalue()))
class F(pickle.Unpickler):
    def find_class(self, m, n):
        raise pickle.UnpicklingError("forbidden %s.%s" % (m, n))
try: F(io.BytesIO(pickle.dumps(collections.OrderedDict()))).load()
except pickle.UnpicklingError as e: print(e)
print(pickle.PicklingError.__module__, pickle.Pickler.__module__, pickle.Pickler is pickle._Pickler)
try: pickle.dumps(1, 6)
except ValueError as e: print(e)
try: pickle.loads("x")
except TypeError as e: print(e)
class Bad:
    def __reduce__(self): return 5
try: pickle.dumps(Bad())
except pickle.PicklingError as e: print(e)
class Bad2:
    def __reduce__(self): return (len,)
try: pickle.dumps(Bad2())
except pickle.PicklingError as e: print(e)
def outer():
    def inner(): pass
    return inner
try: pickle.dumps(outer())
except AttributeError as e: print(e)
print(pickle.dumps(pickle.loads(pickle.dumps(ValueError("x"), 0)), 0))
