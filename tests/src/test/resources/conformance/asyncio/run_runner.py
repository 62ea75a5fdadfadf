# asyncio: run() argument checks and nesting, Runner lifecycle, leftover task cancellation, task numbering
import asyncio


async def name():
    return asyncio.current_task().get_name()


print(asyncio.run(name()), asyncio.run(name()))
for bad in (5, name, None):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print("ValueError:", str(e).split(" at 0x")[0])


async def nested():
    c = name()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    finally:
        c.close()
    r = asyncio.Runner()
    c2 = name()
    try:
        r.run(c2)
    except RuntimeError as e:
        print("RuntimeError:", e)
    finally:
        c2.close()


asyncio.run(nested())
r = asyncio.Runner()
loop = r.get_loop()
print("same loop:", r.get_loop() is loop, "running:", loop.is_running())
print(r.run(name()), r.run(name()))
log = []


async def background():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("background cancelled")
        raise


async def spawn():
    asyncio.create_task(background())
    await asyncio.sleep(0)
    return "spawned"


print(r.run(spawn()))
print("left running between runs:", len(asyncio.all_tasks(loop)))
r.close()
print("after close:", log, loop.is_closed())
r.close()
try:
    r.run(name())
except RuntimeError as e:
    print("RuntimeError:", e)
with asyncio.Runner(debug=True) as r2:
    print("debug runner:", r2.get_loop().get_debug())


async def raises():
    raise ArithmeticError("from main")


try:
    asyncio.run(raises())
except ArithmeticError as e:
    print("exception escapes run():", repr(e))


async def cancelled_main():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)

try:
    asyncio.run(cancelled_main())
except asyncio.CancelledError:
    print("CancelledError escapes run()")
print(asyncio.run(name()))
