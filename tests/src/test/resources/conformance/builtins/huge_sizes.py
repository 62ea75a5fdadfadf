# builtins: sizes no memory can hold raise MemoryError, counts past 64 bits OverflowError, as CPython's
for make in (lambda: [0] * 2**62, lambda: [0, 1] * 2**61, lambda: "ab" * 2**61, lambda: b"x" * 2**62, lambda: (1,) * 2**62, lambda: bytearray(2**62), lambda: [0] * 2**63):
    try:
        make()
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, e)
for make in (lambda: "ab" * 2**63, lambda: b"x" * 2**63, lambda: (1,) * 2**63, lambda: bytearray(b"ab") * 2**62, lambda: [1] * -2**70, lambda: "x" * -2**70, lambda: bytes(2**63)):
    try:
        print(repr(make()))
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, e)
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    try:
        await loop.run_in_executor(None, lambda: [0] * 2**62)
    except MemoryError:
        print("the executor's MemoryError reached the future")
    print(await loop.run_in_executor(None, sum, [1, 2]))
asyncio.run(main())
