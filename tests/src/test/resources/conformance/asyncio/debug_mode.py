# asyncio: debug mode: slow callbacks and slow task steps are logged, wrong-thread checks, coroutine checks
import asyncio
import sys
import time

captured = []


class Capture:
    def write(self, s):
        captured.append(s)
        return len(s)

    def flush(self):
        pass


def slow():
    time.sleep(0.06)


async def slow_step():
    time.sleep(0.06)
    await asyncio.sleep(0)


async def coro():
    pass


async def main():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug(), loop.slow_callback_duration)
    loop.slow_callback_duration = 0.05
    sys.stderr = Capture()
    try:
        loop.call_soon(slow)
        await asyncio.sleep(0)
        await asyncio.create_task(slow_step(), name="stepper")
    finally:
        sys.stderr = sys.__stderr__
    text = "".join(captured).replace(__file__, "FILE")
    for line in text.splitlines():
        if line.startswith("Executing") and ("slow()" in line or "stepper" in line):
            head, _, took = line.partition(" took ")
            print(head.split(" created at ")[0].split(" coro=")[0], "| took ... seconds:", took.endswith(" seconds"))
    for what, call in [("call_soon", lambda: loop.call_soon(coro)),
                       ("call_soon coroutine object", lambda: loop.call_soon(coro())),
                       ("call_later", lambda: loop.call_later(1, 5)),
                       ("call_soon_threadsafe", lambda: loop.call_soon_threadsafe(coro))]:
        try:
            call()
        except TypeError as e:
            print(what, "->", str(e).split(" at 0x")[0])
    h = loop.call_soon(print, "x")
    h.cancel()
    print("cancelled handle keeps its repr in debug mode:", "print(" in repr(h))


asyncio.run(main(), debug=True)
print("debug off by default:", asyncio.run(asyncio.sleep(0, "x")))
