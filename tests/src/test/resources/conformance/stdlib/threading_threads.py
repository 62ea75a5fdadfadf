# stdlib: threading.Thread: names, repr, subclassing run, join with a timeout, is_alive, daemon flags, idents
import threading
import time


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"worker{n}")
        self.n = n
        self.result = None

    def run(self):
        self.result = sum(range(self.n))


w = Worker(100)
print(repr(w))
w.start()
w.join()
print(w.result, w.is_alive(), repr(w).startswith("<Worker(worker100, stopped "))


def target(x, y=0):
    return x + y


t = threading.Thread(target=target, args=(1,), kwargs={"y": 2})
print(t.name.startswith("Thread-"), t.name.endswith(" (target)"), t.daemon, t.ident, t.native_id)
t.start()
t.join()
print(type(t.ident).__name__, type(t.native_id).__name__, t.ident != threading.get_ident())

release = threading.Event()
slow = threading.Thread(target=release.wait, name="slow", daemon=True)
slow.start()
before = time.monotonic()
slow.join(0.05)
print("after join(0.05):", slow.is_alive(), time.monotonic() - before >= 0.04)
print("enumerate has it:", slow in threading.enumerate(), threading.active_count() >= 2)
release.set()
slow.join()
print("finished:", slow.is_alive(), slow in threading.enumerate())

for bad in ("start", "join"):
    try:
        getattr(t, bad)()
    except RuntimeError as e:
        print(bad, "again:", e)
try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print("join before start:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("join self:", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("daemon after start:", e)

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, main.ident == threading.get_ident())
print(repr(threading.Thread(name="x", daemon=True)))

seen = []


def where():
    seen.append((threading.current_thread().name, threading.current_thread() is threading.main_thread()))


threads = [threading.Thread(target=where, name=f"n{i}") for i in range(3)]
for x in threads:
    x.start()
for x in threads:
    x.join()
print(sorted(seen))
print(threading.TIMEOUT_MAX > 1e9, threading.get_native_id() > 0)
