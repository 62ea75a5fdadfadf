import asyncio


async def leaf(ev):
    await ev.wait()


async def show():
    asyncio.print_call_graph()
    g = asyncio.capture_call_graph()
    print(type(g).__name__, [type(e).__name__ for e in g.call_stack], len(g.awaited_by))
    print(g.call_stack[0].frame.f_code.co_qualname, g.awaited_by[0].future.get_name())


async def middle(ev):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf(ev), name="leaf")
        await asyncio.sleep(0)
        tg.create_task(show(), name="shower")
        await asyncio.sleep(0)
        for task in asyncio.all_tasks():
            if task.get_name() == "leaf":
                print(asyncio.format_call_graph(task))
                print(asyncio.format_call_graph(task, limit=1))
                print(asyncio.format_call_graph(task, limit=0))
        ev.set()


async def main():
    ev = asyncio.Event()
    await asyncio.gather(middle(ev), return_exceptions=True)
    print(asyncio.capture_call_graph(asyncio.Future()).call_stack)


asyncio.run(main())
try:
    asyncio.capture_call_graph()
except RuntimeError as e:
    print(e)
try:
    asyncio.capture_call_graph(42)
except TypeError as e:
    print(e)
loop = asyncio.new_event_loop()
print(asyncio.format_call_graph(loop.create_future()))
loop.close()
