# classes: __repr__ vs __str__ in print, str(), repr(), containers, f-strings and format()
class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "both-str"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "str-only"
b, r = Both(), ReprOnly()
print(b, r)
print(str(b), repr(b), str(r), repr(r))
print([b, r], (b,), {"k": b})
print(f"{b} {b!r} {r} {r!s}")
print("%s %r" % (b, b))
print(str(StrOnly()), f"{StrOnly()}")
print(repr(StrOnly()).startswith("<__main__.StrOnly object at "))
class Formatted:
    def __format__(self, spec):
        return f"<{spec or 'default'}>"
    def __str__(self):
        return "formatted-str"
print(f"{Formatted()} {Formatted():wide} {Formatted()!s}", format(Formatted(), "x"))
class Node:
    def __init__(self, value, children=()):
        self.value, self.children = value, list(children)
    def __repr__(self):
        if not self.children:
            return f"Node({self.value!r})"
        return f"Node({self.value!r}, {self.children!r})"
tree = Node("root", [Node(1), Node("two", [Node(3.0)])])
print(tree)
print(repr("quotes 'single'"), repr('quotes "double"'), repr("both ' and \""))
print(repr([1, "a", 2.5, None, True]), str([1, "a"]), str(("x",)), repr(()))
print(repr({"a": [1, {"b": (2,)}]}), str({1: "one"}))
print(str(b"bytes"), repr(b"it's"), str(3.0), repr(-0.0), str(None))
print(repr(range(3)), repr(range(1, 10, 2)), str(range(0)))
class Weird:
    def __repr__(self):
        return "W" * 3
print([Weird()] * 2, "{}".format(Weird()))
class Sub(Both):
    pass
print(Sub(), repr(Sub()))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError", e)
