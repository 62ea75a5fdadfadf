# asyncio: timeout()/timeout_at(): when, reschedule, expired, nesting, None, errors, repr
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        print("no deadline:", cm.when(), cm.expired())
        await asyncio.sleep(0.01)
    print("after None:", cm.expired(), repr(cm))
    try:
        async with asyncio.timeout(0.01) as cm:
            print("entered repr starts:", repr(cm).split(" when=")[0])
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("TimeoutError, cause:", type(e.__cause__).__name__, "expired:", cm.expired(), repr(cm))
    try:
        async with asyncio.timeout(10) as cm:
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled earlier fired")
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.02)
    print("rescheduled to None: expired =", cm.expired())
    try:
        async with asyncio.timeout(0.05):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timeout caught")
            await asyncio.sleep(1)
    except TimeoutError:
        print("outer timeout fired too")
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("past deadline: body still starts")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline fired at first await")
    t = asyncio.timeout(1)
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with t:
        pass
    try:
        t.reschedule(2)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with t:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body sees CancelledError")
                raise
    except TimeoutError:
        print("and the caller sees TimeoutError; cancelling() =", asyncio.current_task().cancelling())
    print("Timeout class:", asyncio.Timeout.__name__, isinstance(t, asyncio.Timeout))


asyncio.run(main())
