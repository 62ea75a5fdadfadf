# exceptions: .args, str() and repr() of exceptions with 0/1/many args, add_note and __notes__
for e in [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(), IndexError(3)]:
    print(repr(e), "|", str(e), "|", e.args)
print(repr(Exception("with 'quote'")), str(OSError("os")), repr(StopIteration(7)), StopIteration(7).value)
e = ValueError("base message")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e))
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError", err)
def risky(n):
    try:
        return 10 // n
    except ZeroDivisionError as err:
        err.add_note(f"while computing 10 // {n}")
        raise
try:
    risky(0)
except ZeroDivisionError as err:
    print(err, err.__notes__)
class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason
    def __str__(self):
        return f"HTTP {self.status}: {self.reason}"
he = HttpError(404, "Not Found")
print(he, he.args, he.status, repr(he.args[1]))
class NoSuper(Exception):
    def __init__(self, code):
        self.code = code
ns = NoSuper(5)
print(ns.code, ns.args, repr(str(ns)))
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(WithDefault(), WithDefault("custom"))
e2 = RuntimeError("x")
e2.args = ("replaced", 1)
print(e2, e2.args)
print(str(KeyError("it's")), repr(KeyError("it's")), str(KeyError(1, 2)))
print(isinstance(ValueError("x").args, tuple), len(Exception(1, 2, 3).args))
try:
    raise ValueError
except ValueError as err:
    print("raised class gets instantiated:", repr(err), err.args)
