# Hours of sleeps and a timeout, as they read on the loop's clock.
import asyncio
import time


async def tick(name, period, n):
    loop = asyncio.get_running_loop()
    start = loop.time()
    for i in range(n):
        await asyncio.sleep(period)
        print(name, i, round(loop.time() - start))


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.gather(tick("slow", 1200, 3), tick("fast", 900, 4))
    try:
        await asyncio.wait_for(asyncio.sleep(7200), timeout=1800)
    except asyncio.TimeoutError:
        print("timed out after", round(loop.time() - t0))
    await asyncio.sleep(3600)
    print("total", round(loop.time() - t0))


wall = time.monotonic()
asyncio.run(main())
print("under a second of wall time:", time.monotonic() - wall < 1.0)
