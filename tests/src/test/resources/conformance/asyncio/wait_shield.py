# asyncio: wait() argument checks and return_when; wait_for with 0/None timeouts; shield; as_completed order
import asyncio


async def val(v, d):
    await asyncio.sleep(d)
    return v


async def boom(d):
    await asyncio.sleep(d)
    raise RuntimeError("boom")


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    for bad in ([], set()):
        try:
            await asyncio.wait(bad)
        except ValueError as e:
            print("ValueError:", e)
    c = val(1, 0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError:", e)
    c.close()
    try:
        await asyncio.wait([asyncio.create_task(val(1, 0))], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    ts = [asyncio.create_task(val(i, 0.1 * i), name=f"t{i}") for i in range(4)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", names(done), names(pending))
    done, pending = await asyncio.wait(ts, timeout=0.15)
    print("timeout:", names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print("all:", names(done), pending)
    e = [asyncio.create_task(boom(0.01), name="e"), asyncio.create_task(val(0, 0.1), name="slow")]
    done, pending = await asyncio.wait(e, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", names(done), names(pending))
    for t in pending:
        t.cancel()
    print("wait_for None:", await asyncio.wait_for(val("n", 0), None))
    try:
        await asyncio.wait_for(val("z", 0.01), 0)
    except TimeoutError as ex:
        print("wait_for 0:", type(ex).__name__, type(ex.__cause__).__name__)
    ready = asyncio.create_task(val("ready", 0))
    await asyncio.sleep(0.001)
    await asyncio.sleep(0)
    print("wait_for 0 on done task:", await asyncio.wait_for(ready, 0))
    print("wait_for in time:", await asyncio.wait_for(val("ok", 0), 1))
    inner = asyncio.create_task(val("shielded", 0.03))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.01)
    except TimeoutError:
        print("timed out, inner cancelled?", inner.cancelled())
    print("inner result:", await inner)
    done_shield = asyncio.shield(inner)
    print("shield of done task is the task:", done_shield is inner)
    order = []
    for fut in asyncio.as_completed([val("c", 0.03), val("a", 0.01), val("b", 0.02)]):
        order.append(await fut)
    print("as_completed:", order)
    try:
        for fut in asyncio.as_completed([val("slow", 1)], timeout=0.01):
            await fut
    except TimeoutError:
        print("as_completed timeout")
    try:
        asyncio.as_completed(val(1, 0))
    except TypeError as ex:
        print("TypeError:", ex)


asyncio.run(main())
