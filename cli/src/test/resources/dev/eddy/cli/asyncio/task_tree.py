# Nested TaskGroups, a Queue, a Lock and sleeps; the task tree is printed on a signal and the
# program goes on.
import asyncio
import os
import signal


async def leaf(n, q):
    if n == 0:
        await q.get()
    else:
        await asyncio.sleep(30)


async def group(name, q):
    async with asyncio.TaskGroup() as tg:
        for i in range(2):
            tg.create_task(leaf(i, q), name=f"{name}-leaf-{i}")


async def main():
    q = asyncio.Queue()
    lock = asyncio.Lock()

    async def holder():
        async with lock:
            await asyncio.sleep(30)

    async def blocked():
        await lock.acquire()

    async with asyncio.TaskGroup() as tg:
        tg.create_task(group("A", q), name="A")
        tg.create_task(group("B", q), name="B")
        tg.create_task(holder(), name="holder")
        tg.create_task(blocked(), name="blocked")
        await asyncio.sleep(0.1)
        os.kill(os.getpid(), signal.SIGUSR1)
        await asyncio.sleep(0.3)
        print("still running", flush=True)
        for t in asyncio.all_tasks():
            if t is not asyncio.current_task():
                t.cancel()


asyncio.run(main())
print("done")
