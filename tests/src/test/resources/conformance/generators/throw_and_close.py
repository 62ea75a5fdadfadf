# generators: throw() exceptions in at the paused yield, close() raises GeneratorExit, cleanup order
def worker():
    print("  worker start")
    count = 0
    while True:
        try:
            item = yield count
            count += 1
            print("  got", item)
        except ValueError as e:
            print("  recovered from", e)
            yield "recovered"
        finally:
            print("  finally for step", count)
w = worker()
print(next(w))
print(w.send("a"))
print(w.throw(ValueError("bad input")))
print(next(w))
try:
    w.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated", e)
print(next(w, "dead"))
def fresh_throw():
    print("  never printed")
    yield 1
f = fresh_throw()
try:
    f.throw(RuntimeError("into fresh generator"))
except RuntimeError as e:
    print("fresh throw:", e)
print(next(f, "closed after throw"))
def closable():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  GeneratorExit received")
        raise
    finally:
        print("  cleanup ran")
c = closable()
print(next(c))
c.close()
print("closed; next gives", next(c, "nothing"))
c.close()
print("second close is a no-op")
unstarted = closable()
unstarted.close()
print("closing an unstarted generator runs nothing")
def returns_on_close():
    try:
        yield "x"
    except GeneratorExit:
        return "ignored return value"
r = returns_on_close()
next(r)
print("close returns", r.close())
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)
def throw_type():
    try:
        yield
    except TypeError as e:
        yield f"caught {type(e).__name__} {e.args}"
t = throw_type()
next(t)
print(t.throw(TypeError))
def exhausted():
    yield 1
e = exhausted()
list(e)
try:
    e.throw(ValueError("after end"))
except ValueError as err:
    print("throw into finished generator re-raises:", err)
