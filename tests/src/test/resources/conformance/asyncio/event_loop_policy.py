# asyncio: get_event_loop/set_event_loop/new_event_loop and the policy, outside and inside a running loop
import asyncio

policy = asyncio.get_event_loop_policy()
print(type(policy).__name__, policy is asyncio.get_event_loop_policy())
loop = asyncio.get_event_loop()
print("created on demand:", isinstance(loop, asyncio.AbstractEventLoop), loop is asyncio.get_event_loop())
print(type(loop).__name__, isinstance(loop, asyncio.BaseEventLoop), isinstance(loop, asyncio.SelectorEventLoop))
print(repr(loop))
new = asyncio.new_event_loop()
print("new loop differs:", new is not loop)
asyncio.set_event_loop(new)
print("set_event_loop:", asyncio.get_event_loop() is new)


async def inside():
    running = asyncio.get_running_loop()
    return running is asyncio.get_event_loop(), running is new


print(new.run_until_complete(inside()))
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print("TypeError:", e)
print(asyncio.run(inside()))
loop.close()
new.close()
print(repr(new))
