# asyncio: Lock/Event/Condition/Semaphore/BoundedSemaphore/Barrier behaviour, with cancelled waiters
import asyncio


async def main():
    lock = asyncio.Lock()
    order = []

    async def worker(i):
        async with lock:
            order.append(f"in {i}")
            await asyncio.sleep(0)
            order.append(f"out {i}")

    await asyncio.gather(*(worker(i) for i in range(3)))
    print(order)
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    await asyncio.sleep(0)
    lock.release()
    print("cancelled waiter skipped; locked:", lock.locked())
    print("repr ends:", repr(lock).split(" [")[1])
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    ev = asyncio.Event()
    results = []

    async def wait_ev(i):
        results.append((i, await ev.wait()))

    ws = [asyncio.create_task(wait_ev(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("before set:", ev.is_set(), results)
    ev.set()
    ev.clear()
    await asyncio.gather(*ws)
    print("after set+clear, waiters still woke:", results, ev.is_set())

    cond = asyncio.Condition()
    woken = []

    async def cw(i):
        async with cond:
            await cond.wait()
            woken.append(i)

    cws = [asyncio.create_task(cw(i)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    print("notify(2):", woken)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*cws)
    print("notify_all:", woken)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    state = {"n": 0}

    async def bump():
        for _ in range(3):
            await asyncio.sleep(0)
            async with cond:
                state["n"] += 1
                cond.notify_all()

    b = asyncio.create_task(bump())
    async with cond:
        r = await cond.wait_for(lambda: state["n"] >= 3)
    await b
    print("wait_for:", r, state)

    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]

    async def sw(i):
        async with sem:
            active.append(i)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0.01)
            active.remove(i)

    await asyncio.gather(*(sw(i) for i in range(5)))
    print("semaphore peak:", peak[0], "locked:", sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)

    barrier = asyncio.Barrier(3)
    got = []

    async def bw(i):
        await asyncio.sleep(0.01 * i)
        got.append((i, await barrier.wait()))

    await asyncio.gather(*(bw(i) for i in range(3)))
    print("barrier indices:", sorted(got), barrier.parties, barrier.n_waiting, barrier.broken)
    b2 = asyncio.Barrier(2)

    async def blocked():
        try:
            await b2.wait()
        except asyncio.BrokenBarrierError as e:
            return f"broken: {e}"

    t = asyncio.create_task(blocked())
    await asyncio.sleep(0)
    await b2.abort()
    print(await t, b2.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
