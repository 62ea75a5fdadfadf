# exceptions: explicit chaining (from), implicit __context__, from None and __suppress_context__
class AppError(Exception):
    pass
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise AppError(f"cannot parse {text!r}") from e
try:
    parse("abc")
except AppError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__, "suppress:", e.__suppress_context__)
try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print("implicit context:", repr(e.__context__), "cause:", e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
except ValueError as e:
    print("from None:", e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
err = RuntimeError("fresh")
print(err.__cause__, err.__context__, err.__suppress_context__)
try:
    raise IndexError("with explicit cause") from KeyError("the cause")
except IndexError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise TypeError("cause is class") from OSError
except TypeError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
def layered():
    try:
        try:
            raise KeyError("level1")
        except KeyError as e1:
            raise ValueError("level2") from e1
    except ValueError as e2:
        raise RuntimeError("level3")
try:
    layered()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__cause__ or cur.__context__
    print(" <- ".join(chain))
try:
    raise ValueError("x") from 42
except TypeError as e:
    print("TypeError", e)
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
try:
    try:
        raise ValueError("a")
    except ValueError as inner:
        inner_ref = inner
        raise
except ValueError as outer:
    print("bare raise keeps identity:", outer is inner_ref, outer.__context__)
