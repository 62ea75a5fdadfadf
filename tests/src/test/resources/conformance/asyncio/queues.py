# asyncio: Queue/PriorityQueue/LifoQueue API, str(), QueueEmpty/QueueFull, cancelled getters, join with waiters
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    print(str(q), q.maxsize, q.qsize(), q.empty(), q.full())
    q.put_nowait("a")
    q.put_nowait("b")
    print(str(q), q.full())
    try:
        q.put_nowait("c")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    putter = asyncio.create_task(q.put("c"))
    await asyncio.sleep(0)
    print("blocked putter:", str(q))
    print(q.get_nowait(), "->", str(q))
    await asyncio.sleep(0)
    print("putter done:", putter.done(), str(q))
    print([q.get_nowait() for _ in range(2)])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    getter = asyncio.create_task(q.get())
    getter2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print("two getters:", str(q))
    getter.cancel()
    await asyncio.sleep(0)
    q.put_nowait("x")
    print("second getter got:", await getter2, "first cancelled:", getter.cancelled())
    for _ in range(4):
        q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    print("join returns at once:", await q.join())
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "A"), (2, "B")]:
        pq.put_nowait(item)
    print("priority:", [pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for i in range(4):
        await lq.put(i)
    print("lifo:", [await lq.get() for _ in range(4)])
    jq = asyncio.Queue()
    for i in range(3):
        jq.put_nowait(i)
    finished = []

    async def joiner(n):
        await jq.join()
        finished.append(n)

    js = [asyncio.create_task(joiner(n)) for n in range(2)]
    await asyncio.sleep(0)
    while not jq.empty():
        jq.get_nowait()
        jq.task_done()
        await asyncio.sleep(0)
        print("joiners finished so far:", finished)
    await asyncio.gather(*js)
    print("all joined:", finished)
    print("type names:", type(q).__name__, type(pq).__name__, type(lq).__name__, asyncio.Queue.__module__)
    print("subclass:", issubclass(asyncio.PriorityQueue, asyncio.Queue), issubclass(asyncio.LifoQueue, asyncio.Queue))

    class Named(asyncio.Queue):
        def _init(self, maxsize):
            self._queue = []

        def _put(self, item):
            self._queue.append(item.upper())

        def _get(self):
            return self._queue.pop(0)

    nq = Named()
    await nq.put("hello")
    nq.put_nowait("world")
    print("custom subclass:", await nq.get(), nq.get_nowait(), nq.qsize())


asyncio.run(main())
