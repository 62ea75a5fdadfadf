# asyncio: call_soon FIFO, call_later/call_at ordering, handles, stop/run_forever, closed-loop errors
import asyncio
import time

loop = asyncio.new_event_loop()
print("loop.time() follows time.monotonic():", abs(loop.time() - time.monotonic()) < 0.5)
log = []
loop.call_soon(log.append, "soon 1")
h = loop.call_soon(log.append, "cancelled soon")
loop.call_soon(log.append, "soon 2")
h.cancel()
print("handle cancelled:", h.cancelled(), type(h).__name__)
t0 = loop.time()
loop.call_later(0.03, log.append, "later 0.03")
loop.call_later(0.01, log.append, "later 0.01")
loop.call_at(t0 + 0.02, log.append, "at +0.02")
th = loop.call_later(0.015, log.append, "cancelled timer")
print("timer type:", type(th).__name__, "when is float:", isinstance(th.when(), float))
th.cancel()
loop.call_later(0.05, loop.stop)
print("running before:", loop.is_running())
loop.run_forever()
print(log)
print("running after:", loop.is_running(), "closed:", loop.is_closed())


def nested():
    log.append("nested callback")
    loop.call_soon(log.append, "scheduled by callback runs next iteration")
    loop.stop()


log.clear()
loop.call_soon(nested)
loop.run_forever()
print(log)
log.clear()
loop.call_soon(loop.stop)
loop.run_forever()
print("after second run_forever:", log)


async def coro():
    return "value"


print(loop.run_until_complete(coro()))
fut = loop.create_future()
loop.call_soon(fut.set_result, 42)
print(loop.run_until_complete(fut))


async def fails():
    raise KeyError("bad")


try:
    loop.run_until_complete(fails())
except KeyError as e:
    print("run_until_complete raised", repr(e))


async def inside():
    try:
        loop.run_until_complete(coro())
    except RuntimeError as e:
        print("nested run_until_complete:", e)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("nested run_forever:", e)
    try:
        loop.close()
    except RuntimeError as e:
        print("close while running:", e)


c = coro()
loop.run_until_complete(inside())
c.close()
loop.close()
loop.close()
print("closed:", loop.is_closed())
for what, call in [("call_soon", lambda: loop.call_soon(print)),
                   ("call_later", lambda: loop.call_later(1, print)),
                   ("create_task", lambda: loop.create_task(coro())),
                   ("run_until_complete", lambda: loop.run_until_complete(coro())),
                   ("run_forever", lambda: loop.run_forever())]:
    try:
        call()
    except RuntimeError as e:
        print(what, "->", e)
try:
    loop.call_later(None, print)
except TypeError as e:
    print("TypeError:", e)
