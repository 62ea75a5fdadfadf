# classes: context manager classes: transaction rollback, exception info, suppression, nesting, reuse
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        print("begin", sorted(self.store.items()))
        return self.store
    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is None:
            print("commit", sorted(self.store.items()))
            return False
        self.store.clear()
        self.store.update(self.snapshot)
        print(f"rollback after {exc_type.__name__}: {exc_value}")
        return issubclass(exc_type, KeyError)
db = {"a": 1}
with Transaction(db) as s:
    s["b"] = 2
with Transaction(db) as s:
    s["c"] = 3
    raise KeyError("c conflicts")
print("after suppressed KeyError", sorted(db.items()))
try:
    with Transaction(db) as s:
        s["a"] = 100
        raise ValueError("bad value")
except ValueError as e:
    print("caught outside:", e)
print(sorted(db.items()))
class Indent:
    level = 0
    def __enter__(self):
        Indent.level += 1
        return self
    def __exit__(self, *exc):
        Indent.level -= 1
    def say(self, text):
        print("    " * Indent.level + text)
with Indent() as i:
    i.say("one")
    with Indent():
        i.say("two")
        with Indent():
            i.say("three")
    i.say("back to one")
print("level", Indent.level)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise RuntimeError("exit failed")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError", e, "context:", repr(e.__context__))
class Tracker:
    def __init__(self):
        self.events = []
    def __enter__(self):
        self.events.append("enter")
        return len(self.events)
    def __exit__(self, t, v, tb):
        self.events.append("exit:" + (t.__name__ if t else "ok"))
        return True
tr = Tracker()
for n in range(3):
    with tr as count:
        if n == 1:
            raise IndexError
        tr.events.append(f"body {count}")
print(tr.events)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
def use_in_function():
    with Tracker() as c:
        return f"returning {c}"
print(use_in_function())
