# asyncio: asyncio.run finalizes async generators left open, after cancelling leftover tasks
import asyncio

keep = []
finalized = []


async def numbers(name):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        finalized.append(name)


async def consumer():
    try:
        async for n in numbers("in-task"):
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("consumer cancelled")
        raise


async def main():
    g = numbers("kept")
    keep.append(g)
    print("first:", await g.__anext__())
    done = numbers("exhausted")
    got = []
    async for x in done:
        got.append(x)
    print("all:", got[:3], finalized)
    unstarted = numbers("never started")
    keep.append(unstarted)
    asyncio.create_task(consumer())
    await asyncio.sleep(0.01)
    print("main returns")


asyncio.run(main())
print("after run; finalized:", sorted(finalized))
