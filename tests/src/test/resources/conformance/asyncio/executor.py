# asyncio: run_in_executor and to_thread: results, exceptions, keyword arguments, the loop keeps running
import asyncio
import functools
import time


def blocking(x, delay=0.01):
    time.sleep(delay)
    return x * 10


def explode(msg):
    raise LookupError(msg)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, blocking, 4)
    print("isfuture:", asyncio.isfuture(fut), "done yet:", fut.done())
    print("result:", await fut)
    print("partial:", await loop.run_in_executor(None, functools.partial(blocking, 5, delay=0)))
    try:
        await loop.run_in_executor(None, explode, "from worker")
    except LookupError as e:
        print("exception crosses back:", repr(e))
    print("gathered:", await asyncio.gather(*(loop.run_in_executor(None, blocking, i) for i in range(6))))
    print("to_thread:", await asyncio.to_thread(blocking, 7, delay=0.02))
    ticks = []

    async def ticker():
        for i in range(3):
            ticks.append(i)
            await asyncio.sleep(0.005)

    r, _ = await asyncio.gather(asyncio.to_thread(blocking, 1, 0.05), ticker())
    print("loop kept running:", r, ticks)
    slow = loop.run_in_executor(None, blocking, 9, 0)
    slow.cancel()
    await asyncio.sleep(0.02)
    print("cancelled executor future stays cancelled:", slow.cancelled())


asyncio.run(main())
print("after run")
