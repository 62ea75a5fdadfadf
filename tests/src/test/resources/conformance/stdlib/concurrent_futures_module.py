# concurrent.futures: Future API, ThreadPoolExecutor (submit, map, shutdown, cancel_futures,
# thread names, initializer), wait, as_completed, timeouts and tracebacks
import concurrent.futures as cf
import threading
import time

print(cf.Future, cf.ThreadPoolExecutor, cf.Executor)
print(cf.CancelledError.__mro__[1:3], cf.TimeoutError is TimeoutError)
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(issubclass(cf.ThreadPoolExecutor, cf.Executor), cf.BrokenExecutor.__mro__[1])

f = cf.Future()
print(f.done(), f.running(), f.cancelled())
seen = []
f.add_done_callback(lambda fut: seen.append(("cb", fut.result())))
print(f.set_running_or_notify_cancel(), f.running(), f.cancel())
f.set_result(5)
print(seen, f.result(), f.exception(), f.done())
try:
    f.set_result(6)
except cf.InvalidStateError as e:
    print("InvalidStateError", type(e).__mro__[1].__name__)

g = cf.Future()
print(g.cancel(), g.cancelled(), g.done(), g.set_running_or_notify_cancel())
try:
    g.result()
except cf.CancelledError:
    print("CancelledError from result()")
try:
    g.exception(timeout=0)
except cf.CancelledError:
    print("CancelledError from exception()")

h = cf.Future()
try:
    h.result(timeout=0.01)
except TimeoutError:
    print("TimeoutError from result(timeout)")


def work(n):
    time.sleep(0.002 * (n % 3))
    if n == 4:
        raise ZeroDivisionError("four")
    return n * n


def deep(n):
    return inner(n)


def inner(n):
    raise KeyError(n)


with cf.ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(work, n) for n in range(6)]
    done, not_done = cf.wait(fs)
    print("wait all:", len(done), len(not_done), type(cf.wait(fs)).__name__)
    print(sorted(f.result() for f in done if f.exception() is None))
    fails = [f for f in fs if f.exception() is not None]
    print("failed:", [repr(f.exception()) for f in fails])
    fs = [ex.submit(time.sleep, 0.3), ex.submit(work, 4)]
    done, not_done = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION:", len(done), len(not_done))
    done, not_done = cf.wait([ex.submit(time.sleep, 0.3)], timeout=0.01)
    print("wait timeout:", len(done), len(not_done))
    try:
        for fut in cf.as_completed([ex.submit(time.sleep, 0.3)], timeout=0.01):
            pass
    except TimeoutError as e:
        print("as_completed:", e)
    print("kwargs:", ex.submit(sorted, [3, 1, 2], reverse=True).result())
    try:
        ex.submit(deep, "k").result()
    except KeyError as e:
        tb, names = e.__traceback__, []
        while tb is not None:
            names.append(tb.tb_lineno)
            tb = tb.tb_next
        print("the traceback ends in the worker's frames:", names[-2:])
    it = ex.map(work, range(6))
    print(next(it), next(it), next(it), next(it))
    try:
        next(it)
    except ZeroDivisionError as e:
        print("map re-raises:", e)
    try:
        list(ex.map(time.sleep, [0.3, 0.3], timeout=0.01))
    except TimeoutError:
        print("map timeout")
    print("map chunksize:", list(ex.map(str, range(5), chunksize=2)))

one = cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix="solo")
gate = threading.Event()
first = one.submit(gate.wait, 5)
queued = [one.submit(print, "never") for _ in range(3)]
names = one.submit(lambda: threading.current_thread().name)
gate.set()
one.shutdown(wait=True, cancel_futures=True)
print("cancel_futures:", [q.cancelled() for q in queued], names.cancelled(), first.result())
try:
    one.submit(print, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
with cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix="solo") as one:
    print("thread name:", one.submit(lambda: threading.current_thread().name).result())

try:
    cf.ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)
try:
    cf.ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print("TypeError:", e)

local = threading.local()


def setup(value):
    local.value = value


with cf.ThreadPoolExecutor(max_workers=2, initializer=setup, initargs=(7,)) as ex:
    print("initializer:", set(ex.map(lambda _: local.value, range(6))))

counter = []
ex = cf.ThreadPoolExecutor(max_workers=2)
for i in range(5):
    ex.submit(lambda i=i: (time.sleep(0.01), counter.append(i)))
print("the program waits for pending jobs at exit")
import atexit
atexit.register(lambda: print("jobs done before atexit handlers:", len(counter)))
