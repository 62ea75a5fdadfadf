# Three countdowns running concurrently on one thread: each task sleeps between ticks,
# and the event loop runs whichever is ready. Run: ./eddy examples/countdown.py
import asyncio
import time


async def countdown(name, start, delay):
    for i in range(start, 0, -1):
        print(f"{name}: {i}")
        await asyncio.sleep(delay)
    print(f"{name}: lift-off!")
    return name


async def main():
    t0 = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(countdown(n, s, d)) for n, s, d in [("A", 3, 0.03), ("B", 2, 0.05), ("C", 4, 0.01)]]
    print("finished:", [t.result() for t in tasks])
    print("concurrent, not one after another:", time.perf_counter() - t0 < 0.2)


if __name__ == "__main__":
    asyncio.run(main())
