# asyncio: run_coroutine_threadsafe and call_soon_threadsafe from executor threads
import asyncio


async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b


async def explode():
    await asyncio.sleep(0)
    raise KeyError("remote")


def worker(loop):
    out = []
    cf = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
    out.append(("result", cf.result(timeout=5), cf.done(), cf.cancelled()))
    cf2 = asyncio.run_coroutine_threadsafe(explode(), loop)
    try:
        cf2.result(timeout=5)
    except KeyError as e:
        out.append(("raised", str(e)))
    print_later = []
    loop.call_soon_threadsafe(print_later.append, "scheduled from a thread")
    cf3 = asyncio.run_coroutine_threadsafe(asyncio.sleep(0, print_later), loop)
    out.append(("after threadsafe call", cf3.result(timeout=5)))
    return out


async def main():
    loop = asyncio.get_running_loop()
    for item in await loop.run_in_executor(None, worker, loop):
        print(*item)
    try:
        asyncio.run_coroutine_threadsafe(42, loop)
    except TypeError as e:
        print("TypeError:", e)
    fut = asyncio.wrap_future(loop.create_future())
    print("wrap_future of an asyncio future is itself:", asyncio.isfuture(fut))


asyncio.run(main())
