# asyncio: cancelling gather cancels its children; a cancelled child fails gather without cancelling it; dedup
import asyncio


async def child(name, d, log):
    try:
        await asyncio.sleep(d)
        log.append(f"{name} finished")
        return name
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled {e.args}")
        raise


async def main():
    log = []
    g = asyncio.gather(child("a", 1, log), child("b", 1, log))
    await asyncio.sleep(0)
    print("gather.cancel():", g.cancel("stop all"))
    try:
        await g
    except asyncio.CancelledError as e:
        print("awaiting cancelled gather:", repr(e), g.cancelled())
    print(sorted(log))

    log.clear()
    t1 = asyncio.create_task(child("x", 0.01, log))
    t2 = asyncio.create_task(child("y", 1, log))
    g2 = asyncio.gather(t1, t2)
    await asyncio.sleep(0)
    t2.cancel("only y")
    try:
        await g2
    except asyncio.CancelledError as e:
        print("child cancelled -> gather raised", repr(e), "gather cancelled():", g2.cancelled())
    await asyncio.sleep(0.02)
    print(sorted(log))

    log.clear()
    g3 = asyncio.gather(child("p", 0.01, log), child("q", 1, log), return_exceptions=True)
    await asyncio.sleep(0)
    g3.cancel()
    try:
        print(await g3)
    except asyncio.CancelledError:
        print("return_exceptions does not stop cancellation of the gather itself")
    print(sorted(log))

    t = asyncio.create_task(child("dup", 0, log))
    print("duplicates:", await asyncio.gather(t, t, t))
    done = asyncio.gather()
    print("empty gather done:", done.done(), await done)

    async def fails(msg):
        await asyncio.sleep(0)
        raise ValueError(msg)

    g4 = asyncio.gather(fails("first"), child("slow", 0.02, log))
    try:
        await g4
    except ValueError as e:
        print("first error:", e, "cancel after done:", g4.cancel())
    await asyncio.sleep(0.05)
    print("slow child still finished:", "slow finished" in log)


asyncio.run(main())
