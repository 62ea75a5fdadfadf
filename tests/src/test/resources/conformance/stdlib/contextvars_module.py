# stdlib: contextvars: ContextVar, Token, Context mapping and run, copies, threads, asyncio tasks and callbacks
import asyncio
import contextvars
import threading

v = contextvars.ContextVar("v", default=0)
w = contextvars.ContextVar("w")
print(v.name, v.get(), w.get("fallback"), repr(contextvars.Token.MISSING))
try:
    w.get()
except LookupError as e:
    print("LookupError", e.args[0] is w)
t1 = v.set(1)
t2 = w.set("a")
print(v.get(), w.get(), t1.var is v, t1.old_value is contextvars.Token.MISSING)
t3 = v.set(2)
print(t3.old_value)
v.reset(t3)
print(v.get())
for bad in (lambda: v.reset(t3), lambda: v.reset(t2), lambda: contextvars.ContextVar(5)):
    try:
        bad()
    except (RuntimeError, ValueError, TypeError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[-1].split("> ")[-1])

ctx = contextvars.copy_context()
print(len(ctx), ctx[v], ctx.get(w), v in ctx, sorted(k.name for k in ctx), sorted(map(str, ctx.values())))
print(ctx.run(lambda: (v.set(10), v.get())[1]), v.get(), ctx[v])
try:
    ctx[contextvars.ContextVar("unset")]
except KeyError:
    print("KeyError for unset var")
try:
    ctx.run(ctx.run, print)
except RuntimeError as e:
    print("RuntimeError", str(e).endswith("is already entered"))
print(len(contextvars.Context()), contextvars.Context().run(v.get))

seen = []
th = threading.Thread(target=lambda: seen.append((v.get(), w.get("none"))))
th.start()
th.join()
print("new thread:", seen)


async def task_body(n):
    before = v.get()
    v.set(n)
    await asyncio.sleep(0)
    return before, v.get()


async def main():
    v.set(100)
    results = await asyncio.gather(*(task_body(i) for i in range(3)))
    print("tasks:", results, "main still:", v.get())
    c = contextvars.copy_context()
    c.run(v.set, 7)
    print("create_task(context=):", await asyncio.create_task(task_body(8), context=c), c[v])
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    v.set(200)
    loop.call_soon(lambda: fut.set_result(v.get()))
    v.set(300)
    print("call_soon captures:", await fut)
    print("to_thread copies:", await asyncio.to_thread(v.get))


asyncio.run(main())
