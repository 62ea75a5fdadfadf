# asyncio: debug mode rejects non-thread-safe calls from other threads; call_soon_threadsafe works from them
import asyncio
import sys

captured = []


class Capture:
    def write(self, s):
        captured.append(s)
        return len(s)

    def flush(self):
        pass


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def make_task():
        c = asyncio.sleep(0)
        try:
            loop.create_task(c)
        finally:
            c.close()

    def from_worker():
        outcome = []
        for name, call in [("call_soon", lambda: loop.call_soon(print, "never")),
                           ("call_later", lambda: loop.call_later(1, print, "never")),
                           ("create_task", make_task)]:
            try:
                call()
                outcome.append((name, "allowed"))
            except RuntimeError as e:
                outcome.append((name, str(e)))
        loop.call_soon_threadsafe(fut.set_result, "delivered")
        return outcome

    for line in await loop.run_in_executor(None, from_worker):
        print(*line)
    print(await fut)
    loop.set_debug(False)

    def quiet_worker():
        loop.call_soon_threadsafe(lambda: None)
        return "threadsafe call fine with debug off"

    print(await loop.run_in_executor(None, quiet_worker))


sys.stderr = Capture()
try:
    asyncio.run(main(), debug=True)
finally:
    sys.stderr = sys.__stderr__
print("done")
