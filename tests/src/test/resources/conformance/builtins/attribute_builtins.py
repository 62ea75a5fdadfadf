# builtins: getattr/setattr/hasattr/delattr, callable, type, isinstance, hash, repr, object()
class Box:
    kind = "box"
    def __init__(self):
        self.content = "apple"
    def open(self):
        return f"opened {self.content}"
b = Box()
print(getattr(b, "content"), getattr(b, "kind"), getattr(b, "nothing", "fallback"), getattr(b, "open")())
setattr(b, "content", "pear")
setattr(b, "label", "fragile")
print(b.content, b.label, hasattr(b, "label"), hasattr(b, "weight"), hasattr(Box, "open"))
delattr(b, "label")
print(hasattr(b, "label"))
for name in ["content", "kind", "open", "missing"]:
    print(name, hasattr(b, name), callable(getattr(b, name, None)))
try:
    delattr(b, "missing")
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(b, 5)
except TypeError as e:
    print("TypeError", e)
setattr(Box, "kind", "crate")
print(b.kind, Box().kind)
print(callable(len), callable(Box), callable(b), callable(b.open), callable("str"), callable(None), callable(lambda: 0))
print(type(b).__name__, type(Box).__name__, type(type(b)) is type, type(b) is Box)
o = object()
print(type(o).__name__, isinstance(o, object), hasattr(o, "x"))
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError", e)
print(hash(42), hash(True), hash(0) == hash(0.0) == hash(False), hash("x") == hash("x"), hash(()) == hash(()))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    hash({})
except TypeError as e:
    print("TypeError", e)
print(repr(1), repr("1"), repr([1, "1"]), repr(None), repr(3.0), repr(True), repr(b"\x01"), repr("\t"))
attrs = {"width": 3, "height": 4}
for k, v in attrs.items():
    setattr(b, k, v)
print(b.width * b.height, getattr(b, "width") + getattr(b, "height"))
print(getattr("text", "upper")(), getattr([3, 1, 2], "index")(2), getattr(5, "bit_length")())
