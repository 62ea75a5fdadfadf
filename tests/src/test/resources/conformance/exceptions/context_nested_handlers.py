# __context__ is the exception handled where the new one was raised: the innermost handler,
# also when the new exception comes from a called function or a builtin.
def bad():
    int("y")


def chain(e):
    out = []
    while e is not None:
        out.append(type(e).__name__)
        e = e.__context__
    return out


try:
    {}["k"]
except KeyError:
    try:
        bad()
    except ValueError:
        try:
            len(5)
        except TypeError as t:
            print("inner handler:", chain(t))
    try:
        [][1]
    except IndexError as i:
        print("builtin in handler:", chain(i))


def leaves_handler():
    try:
        bad()
    except ValueError:
        {}["missing"]


try:
    try:
        leaves_handler()
    except KeyError as k:
        print("left a handler:", chain(k))
        raise RuntimeError("outer")
except RuntimeError as r:
    print("raise in handler:", chain(r))


def in_finally():
    try:
        bad()
    finally:
        None.attr


try:
    in_finally()
except AttributeError as a:
    print("finally:", chain(a))


class Exit:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return [][0]


try:
    with Exit():
        bad()
except IndexError as x:
    print("__exit__:", chain(x))

try:
    try:
        raise ValueError("first")
    except ValueError as v:
        saved = v
    try:
        {}["k"]
    except KeyError:
        raise saved
except ValueError as v:
    print("re-raised later:", chain(v))
