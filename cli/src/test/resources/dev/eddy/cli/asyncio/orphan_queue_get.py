# The consumer waits for a third item that no producer is left to put (debug mode reports it).
import asyncio
import time


async def consumer(q):
    while True:
        item = await q.get()
        print("got", item)


async def main():
    q = asyncio.Queue()
    c = asyncio.create_task(consumer(q), name="consumer")
    for i in range(2):
        await q.put(i)
    await c


start = time.monotonic()
try:
    asyncio.run(main(), debug=True)
except RuntimeError:
    print("stopped within a second of the stall:", time.monotonic() - start < 1.0)
    raise
