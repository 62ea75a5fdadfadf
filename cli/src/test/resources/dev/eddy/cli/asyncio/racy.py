# Which task logs first depends on how long each loop iteration takes.
import asyncio

log = []


async def a():
    await asyncio.sleep(0.001)
    await asyncio.sleep(0)
    log.append("a")


async def b():
    await asyncio.sleep(0.0012)
    log.append("b")


async def c():
    for _ in range(3):
        await asyncio.sleep(0.0005)
    log.append("c")


async def main():
    for _ in range(5):
        await asyncio.gather(a(), b(), c())
    print("".join(log))


asyncio.run(main())
