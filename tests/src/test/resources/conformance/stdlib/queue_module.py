# queue: the four queue classes, Empty/Full, blocking and timed put/get, task_done/join
import queue
import threading
import time

q = queue.Queue(maxsize=2)
print(q.empty(), q.full(), q.qsize(), q.maxsize)
q.put(1)
q.put_nowait(2)
print(q.empty(), q.full(), q.qsize())
try:
    q.put(3, block=False)
except queue.Full:
    print("Full (no block)")
start = time.monotonic()
try:
    q.put(3, timeout=0.05)
except queue.Full:
    print("Full after timeout:", time.monotonic() - start >= 0.04)
print(q.get(), q.get_nowait())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty (no wait)")
try:
    q.get(timeout=0.02)
except queue.Empty as e:
    print("Empty after timeout", repr(e))
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

lifo = queue.LifoQueue()
for i in range(4):
    lifo.put(i)
print("lifo:", [lifo.get() for _ in range(4)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "A")]:
    pq.put(item)
print("priority:", [pq.get() for _ in range(4)])

sq = queue.SimpleQueue()
print(type(sq).__name__, sq.empty(), sq.qsize())
sq.put("x")
sq.put_nowait("y")
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(block=False)
except queue.Empty:
    print("SimpleQueue Empty")
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty after timeout")

# a blocking get woken by a put from another thread
sq2 = queue.SimpleQueue()
threading.Timer(0.02, sq2.put, args=("late",)).start()
print("blocking SimpleQueue.get:", sq2.get(timeout=5))

# producers and consumers with task_done and join
work = queue.Queue(maxsize=3)
results = []
lock = threading.Lock()


def consumer():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        with lock:
            results.append(item * item)
        work.task_done()


workers = [threading.Thread(target=consumer) for _ in range(3)]
for w in workers:
    w.start()
for i in range(20):
    work.put(i)
work.join()
print("after join:", sorted(results) == [i * i for i in range(20)], work.unfinished_tasks)
for w in workers:
    work.put(None)
for w in workers:
    w.join()
try:
    work.task_done()
except ValueError as e:
    print("ValueError:", e)
