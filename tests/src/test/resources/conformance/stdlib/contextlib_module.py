# stdlib: contextlib.contextmanager (setup/teardown, exceptions, values), suppress, nullcontext, ExitStack
from contextlib import contextmanager, suppress, nullcontext, ExitStack
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("div") as upper:
    print("inside", upper)
    with tag("span"):
        print("nested")
try:
    with tag("p"):
        raise ValueError("inside p")
except ValueError as e:
    print("propagated", e)
@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("swallowed", type(e).__name__, e)
with swallow(KeyError, IndexError):
    [][0]
print("continues after swallow")
try:
    with swallow(KeyError):
        1 / 0
except ZeroDivisionError:
    print("ZeroDivisionError not swallowed")
@contextmanager
def collect():
    items = []
    yield items
    print("collected", items)
with collect() as bucket:
    bucket.extend([1, 2])
    bucket.append(3)
with suppress(FileNotFoundError, KeyError):
    {}["nope"]
    print("never")
print("suppress done")
with suppress(ValueError):
    print("no exception inside suppress")
with nullcontext("value") as v:
    print("nullcontext gives", v)
@contextmanager
def numbered(n):
    print("open", n)
    yield n
    print("close", n)
with ExitStack() as stack:
    values = [stack.enter_context(numbered(i)) for i in range(3)]
    stack.callback(print, "callback registered last runs first")
    print("values", values)
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextmanager
def transactional(log):
    log.append("begin")
    try:
        yield
        log.append("commit")
    except Exception:
        log.append("rollback")
        raise
log = []
with transactional(log):
    pass
try:
    with transactional(log):
        raise RuntimeError("fail")
except RuntimeError:
    pass
print(log)
cm = tag("reuse")
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__)
