# asyncio's bridges to threads: run_in_executor (default and given executors), to_thread
# (carries the context), run_coroutine_threadsafe, wrap_future, shutdown_default_executor
import asyncio
import concurrent.futures
import contextvars
import threading

request = contextvars.ContextVar("request", default="none")


def where():
    return threading.current_thread().name.split("_")[0], request.get()


async def main():
    loop = asyncio.get_running_loop()
    request.set("r1")
    print("run_in_executor(None):", await loop.run_in_executor(None, where))
    print("to_thread:", await asyncio.to_thread(where))
    with concurrent.futures.ThreadPoolExecutor(thread_name_prefix="mine") as pool:
        fut = loop.run_in_executor(pool, where)
        print(type(fut).__name__, await fut)
    cfut = concurrent.futures.Future()
    wrapped = asyncio.wrap_future(cfut)
    loop.call_later(0.01, cfut.set_result, "set later")
    print("wrap_future:", await wrapped, asyncio.wrap_future(wrapped) is wrapped)
    try:
        asyncio.wrap_future(5)
    except Exception as e:
        print(type(e).__name__)

    def from_thread():
        f = asyncio.run_coroutine_threadsafe(asyncio.sleep(0.01, result="slept"), loop)
        return type(f).__name__, f.result(5)

    print("run_coroutine_threadsafe:", await asyncio.to_thread(from_thread))
    try:
        loop.set_default_executor(object())
    except TypeError as e:
        print("TypeError:", e)
    await loop.shutdown_default_executor()
    try:
        await loop.run_in_executor(None, print, "no")
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
print("executor threads left:", [t.name for t in threading.enumerate() if t.name.startswith(("asyncio", "mine"))])
