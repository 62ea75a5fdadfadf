# asyncio: Task repr, names, get_coro, current_task/all_tasks, errors for bad coroutines and bad yields
import asyncio


def clean(s):
    return str(s).replace(__file__, "FILE")


async def work(x):
    await asyncio.sleep(0)
    return x


async def fail():
    raise ValueError("nope")


class BadAwaitable:
    def __await__(self):
        yield "not a future"


async def yields_bad():
    await BadAwaitable()


async def main():
    t = asyncio.create_task(work(1), name="worker")
    print(clean(repr(t)))
    await asyncio.sleep(0)
    print(clean(repr(t)))
    await t
    print(clean(repr(t)))
    f = asyncio.create_task(fail())
    await asyncio.sleep(0)
    print(clean(repr(f)))
    print("exception:", repr(f.exception()))
    print("get_coro:", f.get_coro().__qualname__, "name:", f.get_name())
    me = asyncio.current_task()
    print("current task name:", me.get_name(), "in all_tasks:", me in asyncio.all_tasks())
    ts = [asyncio.create_task(work(i)) for i in range(3)]
    print("all_tasks counts pending:", len(asyncio.all_tasks()))
    print(await asyncio.gather(*ts))
    print("after:", len(asyncio.all_tasks()))
    try:
        await asyncio.create_task(yields_bad())
    except RuntimeError as e:
        print("RuntimeError:", e)
    for bad in (None, 1, work):
        try:
            asyncio.create_task(bad)
        except TypeError as e:
            print("TypeError:", clean(e).split(" at 0x")[0])
    gen_task = asyncio.ensure_future(BadAwaitable())
    try:
        await gen_task
    except RuntimeError as e:
        print("via ensure_future:", e)
    t2 = asyncio.create_task(work(2))
    t2.set_name(("tuple", 1))
    print("set_name str():", repr(t2.get_name()))
    await t2
    try:
        t2.set_result(1)
    except RuntimeError as e:
        print(e)
    try:
        t2.set_exception(ValueError())
    except RuntimeError as e:
        print(e)

    async def awaits_itself():
        await asyncio.sleep(0)
        await me_task

    me_task = asyncio.create_task(awaits_itself())
    try:
        await me_task
    except RuntimeError as e:
        print("RuntimeError:", clean(e).split(" name=")[0])


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("outside:", e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("outside:", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("outside:", e)
