# A task waits for an Event that nothing will set (PYTHONASYNCIODEBUG turns the report on).
import asyncio


async def waiter(ev):
    print("waiting")
    await ev.wait()
    print("never printed")


async def main():
    ev = asyncio.Event()
    await asyncio.create_task(waiter(ev), name="waiter")


asyncio.run(main())
