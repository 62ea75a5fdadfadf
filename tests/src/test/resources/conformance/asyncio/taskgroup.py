# asyncio: TaskGroup results, sibling cancellation, ExceptionGroup contents, except*, body errors, base errors
import asyncio


async def ok(v, d=0):
    await asyncio.sleep(d)
    return v


async def fail(msg, d=0):
    await asyncio.sleep(d)
    raise ValueError(msg)


async def slow(log, name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(ok(1))
        b = tg.create_task(ok(2, 0.01), name="named")
    print("results:", a.result(), b.result(), b.get_name())
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(log, "s1"))
            tg.create_task(fail("one"))
            tg.create_task(fail("two"))
            tg.create_task(slow(log, "s2"))
    except* ValueError as eg:
        print("except* ValueError:", sorted(str(e) for e in eg.exceptions))
    print("siblings:", sorted(log))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(log, "body-sibling"))
            await asyncio.sleep(0)
            raise KeyError("from body")
    except ExceptionGroup as eg:
        print("body error wrapped:", [repr(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("child", 0))
            await asyncio.sleep(1)
            print("not reached")
    except ExceptionGroup as eg:
        print("body cancelled by child failure:", [repr(e) for e in eg.exceptions],
              "cancelling:", asyncio.current_task().cancelling())

    async def exits():
        raise SystemExit(3)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(exits())
            tg.create_task(slow(log, "beside-exit"))
    except SystemExit as e:
        print("SystemExit propagates bare:", e.code)
    print("last log:", log[-1])
    async with asyncio.TaskGroup() as tg:
        pass
    print("empty group ok")
    try:
        async with asyncio.TaskGroup() as tg:
            t = tg.create_task(slow(log, "cancelled-child"))
            await asyncio.sleep(0)
            t.cancel()
    except BaseException as e:
        print("unexpected", type(e))
    print("cancelled child does not fail the group:", t.cancelled())


asyncio.run(main())
