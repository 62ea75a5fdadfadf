# asyncio: exception classes, default exception handler output, custom handlers, never-retrieved exceptions
import asyncio
import sys

captured = []


class Capture:
    def write(self, s):
        captured.append(s)
        return len(s)

    def flush(self):
        pass


def show_captured():
    text = "".join(captured).replace(__file__, "FILE")
    captured.clear()
    for line in text.splitlines():
        if line.startswith("  File") and "asyncio" in line and "FILE" not in line:
            continue
        if line.startswith("    ") and "FILE" not in line:
            continue
        print("| " + line)


e = asyncio.IncompleteReadError(b"abc", 10)
print(repr(e), e.partial, e.expected, isinstance(e, EOFError))
print(str(asyncio.IncompleteReadError(b"", None)))
l = asyncio.LimitOverrunError("too long", 7)
print(repr(l), l.consumed)
for cls in (asyncio.CancelledError, asyncio.InvalidStateError, asyncio.TimeoutError, asyncio.BrokenBarrierError,
            asyncio.QueueEmpty, asyncio.QueueFull, asyncio.SendfileNotAvailableError):
    print(cls.__name__, cls.__module__, [b.__name__ for b in cls.__mro__[1:]])
print("TimeoutError is builtin:", asyncio.TimeoutError is TimeoutError)


def broken(n):
    raise ZeroDivisionError(f"broken {n}")


async def fail():
    raise ValueError("nobody looks")


async def main():
    loop = asyncio.get_running_loop()
    sys.stderr = Capture()
    try:
        loop.call_soon(broken, 1)
        await asyncio.sleep(0)
        loop.call_exception_handler({"message": "plain message"})
        loop.call_exception_handler({"message": "with extras", "exception": KeyError("k"), "zeta": 1, "alpha": "a"})
        loop.call_exception_handler({})
        seen = []

        def bad_handler(lp, ctx):
            seen.append(ctx["message"])
            raise RuntimeError("handler broke")

        loop.set_exception_handler(bad_handler)
        loop.call_soon(broken, 2)
        await asyncio.sleep(0)
        loop.set_exception_handler(None)
        try:
            loop.set_exception_handler(42)
        except TypeError as e:
            print("TypeError:", e)
        print("seen:", [s.replace(__file__, "FILE") for s in seen])
    finally:
        sys.stderr = sys.__stderr__
    show_captured()


asyncio.run(main())


async def leave_failure():
    asyncio.create_task(fail())
    await asyncio.sleep(0.01)


sys.stderr = Capture()
try:
    asyncio.run(leave_failure())
finally:
    sys.stderr = sys.__stderr__
show_captured()
