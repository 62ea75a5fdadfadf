# Two tasks take two locks in opposite orders: each waits for the lock the other holds.
import asyncio
import time


async def worker(name, first, second):
    async with first:
        await asyncio.sleep(0.05)
        async with second:
            print(name, "got both")


async def main():
    a, b = asyncio.Lock(), asyncio.Lock()
    one = asyncio.create_task(worker("one", a, b), name="one")
    two = asyncio.create_task(worker("two", b, a), name="two")
    await asyncio.gather(one, two)


start = time.monotonic()
try:
    asyncio.run(main())
except RuntimeError:
    print("stopped within a second of the stall:", time.monotonic() - start < 1.05)
    raise
