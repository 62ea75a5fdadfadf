# generators: an async generator left by break, return or an exception in its async for is closed by the event loop
import asyncio

log = []


async def agen(name):
    try:
        yield 1
        yield 2
    finally:
        log.append("finally " + name)
        await asyncio.sleep(0)
        log.append("finally done " + name)


async def first():
    async for x in agen("return"):
        return x


async def main():
    async for x in agen("break"):
        break
    log.append("after break")
    await asyncio.sleep(0)
    log.append("after one sleep")
    await asyncio.sleep(0)
    log.append("after two sleeps")
    await asyncio.sleep(0)
    log.append("returned %d" % await first())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    try:
        async for x in agen("exception"):
            raise KeyError(x)
    except KeyError:
        log.append("caught")
    await asyncio.sleep(0.01)
    it = agen("named")
    async for x in it:
        break
    log.append("named still open: %d" % await it.__anext__())
    await it.aclose()
    log.append("comprehension %s" % [x async for x in agen("comprehension")])
    await asyncio.sleep(0.01)


asyncio.run(main())
for line in log:
    print(line)
