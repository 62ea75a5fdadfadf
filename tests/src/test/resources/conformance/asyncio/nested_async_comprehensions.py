# asyncio: await and async comprehensions nested inside comprehensions make the outer ones coroutines too
import asyncio
async def agen(n):
    for i in range(n):
        yield i
async def main():
    a = [[x async for x in agen(k)] for k in range(3)]
    b = [[await asyncio.sleep(0, x) for x in range(k)] for k in range(3)]
    c = {k: [x async for x in agen(k)] for k in range(2)}
    g = [(x async for x in agen(k)) for k in range(2)]
    d = [[y async for y in g0] for g0 in g]
    print(a, b, c, d)
asyncio.run(main())
