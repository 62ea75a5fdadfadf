# asyncio: Future states, callbacks (order, removal, done futures), repr, exceptions from set_exception
import asyncio


def clean(s):
    return str(s).replace(__file__, "FILE")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(repr(fut), fut.done(), fut.cancelled(), fut.get_loop() is loop)
    calls = []

    def cb(f):
        calls.append(("cb", f.result()))

    def cb2(f):
        calls.append(("cb2", f.result()))

    fut.add_done_callback(cb)
    fut.add_done_callback(cb2)
    fut.add_done_callback(cb)
    print(clean(repr(fut)))
    print("removed:", fut.remove_done_callback(cb))
    print(clean(repr(fut)))
    fut.set_result([1, 2, 3])
    print(repr(fut), "callbacks not run yet:", calls)
    await asyncio.sleep(0)
    print("after one iteration:", calls)
    fut.add_done_callback(cb)
    print("added to done future, not run yet:", calls[-1])
    await asyncio.sleep(0)
    print("now:", calls[-1])

    f2 = loop.create_future()
    f2.set_exception(ValueError("boom"))
    print(repr(f2))
    print("exception():", repr(f2.exception()))
    try:
        f2.result()
    except ValueError as e:
        print("result() raises", repr(e))
    f3 = loop.create_future()
    f3.set_exception(KeyError)
    print("class becomes instance:", repr(f3.exception()))
    f4 = loop.create_future()
    try:
        f4.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)
    try:
        f4.set_exception(42)
    except TypeError as e:
        print("TypeError:", e)
    print("cancel:", f4.cancel(), f4.cancel(), repr(f4))
    f5 = loop.create_future()
    f5.cancel(msg="reason")
    try:
        f5.result()
    except asyncio.CancelledError as e:
        print("cancelled result:", repr(e))
    try:
        f5.exception()
    except asyncio.CancelledError as e:
        print("cancelled exception:", repr(e))
    print("isfuture:", asyncio.isfuture(f5), asyncio.isfuture(object()), asyncio.isfuture(asyncio.Future))
    f6 = asyncio.Future()
    print("Future() uses the running loop:", f6.get_loop() is loop)
    f7 = loop.create_future()
    loop.call_later(0.01, f7.set_result, "late")
    print("awaited:", await f7)
    f8 = loop.create_future()
    it = f8.__await__()
    print("first next yields the future:", next(it) is f8, f8._asyncio_future_blocking)
    f8.set_result(5)
    try:
        next(it)
    except StopIteration as e:
        print("StopIteration value:", e.value)
    print("state attribute:", f8._state, f4._state, loop.create_future()._state)


asyncio.run(main())
