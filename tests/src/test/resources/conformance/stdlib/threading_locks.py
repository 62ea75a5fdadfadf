# stdlib: threading locks: Lock/RLock acquire and release rules and errors, timeouts, Condition misuse, Semaphore and Event details, local
import threading
import time

lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
for kwargs in ({"blocking": False, "timeout": 1}, {"timeout": -2}):
    try:
        lock.acquire(**kwargs)
    except ValueError as e:
        print("ValueError:", e)
with lock:
    print("in with:", lock.locked())
print("after with:", lock.locked())
print(repr(lock).startswith("<unlocked _thread.lock object at 0x"))

# another thread may release a plain lock
held = threading.Lock()
held.acquire()
threading.Thread(target=held.release).start()
print("released by another thread:", held.acquire(timeout=5))

rlock = threading.RLock()
print(rlock.acquire(), rlock.acquire(), repr(rlock).split(" owner=")[0])
rlock.release()
rlock.release()
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
rlock.acquire()
out = []
t = threading.Thread(target=lambda: out.append(rlock.acquire(timeout=0.02)))
t.start()
t.join()
print("other thread cannot take a held RLock:", out)
try:
    threading.Thread(target=rlock.release).start()
finally:
    time.sleep(0.05)
rlock.release()

cond = threading.Condition()
for name in ("wait", "notify", "notify_all"):
    try:
        getattr(cond, name)()
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
with cond:
    print("wait_for already true:", cond.wait_for(lambda: "yes"))
print(repr(cond).startswith("<Condition(<unlocked _thread.RLock object owner=0 count=0 at 0x"))

sem = threading.Semaphore(0)
print("empty semaphore:", sem.acquire(False), sem.acquire(timeout=0.01))
sem.release(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
for bad in (lambda: threading.Semaphore(-1), lambda: sem.release(0), lambda: sem.acquire(False, 1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

ev = threading.Event()
print(ev.is_set(), ev.wait(0), ev.wait(timeout=0.01))
ev.set()
print(ev.is_set(), ev.wait(), ev.wait(0))
ev.clear()
print(ev.is_set())

data = threading.local()
data.x = 1
got = []


def look():
    got.append(hasattr(data, "x"))
    data.x = 2
    got.append(data.x)


th = threading.Thread(target=look)
th.start()
th.join()
print("local:", got, data.x, data.__dict__)
del data.x
try:
    data.x
except AttributeError as e:
    print("AttributeError:", e)

b = threading.Barrier(2, timeout=0.05)
print(b.parties, b.n_waiting, b.broken)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("barrier broke after timeout:", b.broken)
b.reset()
print("reset:", b.broken)
