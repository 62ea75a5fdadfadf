# asyncio: Task.cancel semantics: messages, cancelling()/uncancel(), refusing cancellation, cancel right before return
import asyncio


async def sleeper(log, d=1):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError as e:
        log.append(f"sleeper got {e!r}")
        raise


async def stubborn(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("stubborn swallowed it")
    await asyncio.sleep(0)
    return "survived"


async def returns_after_cancel():
    asyncio.current_task().cancel()
    return "value lost"


async def main():
    log = []
    t = asyncio.create_task(sleeper(log))
    await asyncio.sleep(0)
    print("cancel:", t.cancel("first"), "cancelling:", t.cancelling())
    print("cancel again:", t.cancel("second"), "cancelling:", t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter got", repr(e))
    print(log, t.cancelled(), t.done(), "cancelling after:", t.cancelling())
    print("cancel done task:", t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() now:", repr(e))

    log.clear()
    s = asyncio.create_task(stubborn(log))
    await asyncio.sleep(0)
    s.cancel()
    print("stubborn result:", await s, log, "cancelled:", s.cancelled(), "cancelling:", s.cancelling())
    print("uncancel:", s.uncancel(), s.uncancel())

    r = asyncio.create_task(returns_after_cancel())
    try:
        await r
    except asyncio.CancelledError as e:
        print("returned after cancel -> cancelled:", r.cancelled(), repr(e))

    never = asyncio.create_task(sleeper(log))
    never.cancel()
    await asyncio.sleep(0)
    print("cancelled before start:", never.cancelled(), "body ran:", any("sleeper" in x for x in log[1:]))

    inner = asyncio.create_task(sleeper(log, 5))

    async def outer():
        return await inner

    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    o.cancel("from outside")
    try:
        await o
    except asyncio.CancelledError as e:
        print("outer:", repr(e), "inner cancelled too:", inner.cancelled())

    async def self_cancel():
        asyncio.current_task().cancel("myself")
        await asyncio.sleep(0)
        return "unreachable"

    sc = asyncio.create_task(self_cancel())
    try:
        await sc
    except asyncio.CancelledError as e:
        print("self cancel:", repr(e))

    async def raises_cancelled():
        raise asyncio.CancelledError("raised directly")

    rc = asyncio.create_task(raises_cancelled())
    try:
        await rc
    except asyncio.CancelledError as e:
        print("raised CancelledError:", repr(e), rc.cancelled())
    print(await asyncio.gather(rc, return_exceptions=True))


asyncio.run(main())
