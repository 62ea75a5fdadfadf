# stdlib: ChainMap, contextlib's decorator and async managers, functools' partialmethod and singledispatch, random state, warnings formatting
import asyncio
import contextlib
import functools
import random
import warnings
from collections import ChainMap

base = {"a": 1, "b": 2}
over = {"b": 20}
cm = ChainMap(over, base)
print(cm["a"], cm["b"], len(cm), list(cm), cm)
cm["c"] = 3
print(over, cm.parents, cm.new_child({"a": 0})["a"], "c" in cm, cm.get("zz", "dflt"))
try:
    del cm["a"]
except KeyError as e:
    print("KeyError", e)


class tag(contextlib.ContextDecorator):
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("<" + self.name + ">")
        return self

    def __exit__(self, *exc):
        print("</" + self.name + ">")
        return False


@tag("b")
def bold(text):
    print(text)
    return len(text)


print(bold("hi"))


@contextlib.asynccontextmanager
async def resource(name, log):
    log.append("open " + name)
    try:
        yield name.upper()
    finally:
        log.append("close " + name)


async def ticker(n):
    for i in range(n):
        yield i


async def main():
    log = []
    async with contextlib.AsyncExitStack() as stack:
        a = await stack.enter_async_context(resource("a", log))
        b = stack.enter_context(contextlib.nullcontext("B"))
        stack.push_async_callback(asyncio.sleep, 0)
        stack.callback(log.append, "callback")
        log.append(a + b)
    print(log)
    async with contextlib.aclosing(ticker(5)) as t:
        async for i in t:
            if i == 2:
                break
    print("aclosing ok", await anext(ticker(0), "empty"))
    async with contextlib.nullcontext(7) as seven:
        print("async nullcontext", seven)
    try:
        async with resource("x", log):
            raise ValueError("inside")
    except ValueError as e:
        print("propagated", e, log[-1])


asyncio.run(main())


class Cell:
    def set(self, value, note=""):
        self.value = value + note
        return self

    set_a = functools.partialmethod(set, "a")
    set_b = functools.partialmethod(set, note="!", value="b")


print(Cell().set_a().value, Cell().set_a(note="?").value, Cell().set_b().value)


@functools.singledispatch
def show(obj):
    return "object"


@show.register
def _(obj: int):
    return "int"


@show.register(list)
def _(obj):
    return "list of " + ", ".join(show(x) for x in obj)


print(show(1), show(True), show("s"), show([1, "a"]), show.dispatch(bool).__name__, sorted(t.__name__ for t in show.registry))


@functools.lru_cache(maxsize=2)
def sq(n):
    return n * n


sq(2), sq(2), sq(3)
info = sq.cache_info()
print(info, info._fields, info.hits)

random.seed(7)
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)], len(state[1]), state[0])

print(warnings.formatwarning("careful", UserWarning, "mod.py", 3).strip())
print(warnings.formatwarning("careful", DeprecationWarning, "mod.py", 3, line="  x = 1 ").rstrip())
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn_explicit("explicit", RuntimeWarning, "cfg.py", 42)
print([(w.filename, w.lineno, w.category.__name__, str(w.message)) for w in caught])
