# asyncio: exact interleaving of sleep(0), call_soon, future callbacks and task steps
import asyncio

log = []


async def stepper(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(stepper("a", 3))
    loop.call_soon(log.append, "soon-1")
    b = asyncio.create_task(stepper("b", 2))
    fut = loop.create_future()
    fut.add_done_callback(lambda f: log.append("fut-cb"))
    loop.call_soon(fut.set_result, None)
    log.append("main before await")
    await asyncio.sleep(0)
    log.append("main after first sleep(0)")
    await asyncio.gather(a, b)
    log.append("gathered")
    print(log)
    log.clear()
    print(await asyncio.sleep(0, "zero"), await asyncio.sleep(-1, "negative"), await asyncio.sleep(0.001, "tiny"))

    async def waiter(f, name):
        log.append(f"{name} got {await f}")

    f = loop.create_future()
    ws = [asyncio.create_task(waiter(f, n)) for n in "xyz"]
    await asyncio.sleep(0)
    f.set_result(1)
    log.append("set")
    await asyncio.gather(*ws)
    print(log)
    log.clear()
    t1 = asyncio.create_task(stepper("p", 2))
    t2 = asyncio.create_task(stepper("q", 2))
    await t1
    log.append("t1 awaited")
    await t2
    print(log)


asyncio.run(main())
