# stdlib: 8 threads mutate one shared dict, list, deque and set at once: nothing is lost or corrupted
import threading
from collections import deque

shared_dict = {}
shared_list = []
shared_deque = deque()
shared_set = set()
counter = {"n": 0}
N = 3000
start = threading.Barrier(8)


def hammer(tid):
    start.wait()
    for i in range(N):
        key = (tid, i)
        shared_dict[key] = i
        shared_list.append(key)
        shared_deque.append(key)
        shared_set.add(key)
        if i % 3 == 0:
            del shared_dict[key]
            shared_set.discard(key)
            shared_deque.popleft()
        if i % 100 == 0:
            list(shared_dict.items())
            sorted(shared_set)
            len(shared_list)


threads = [threading.Thread(target=hammer, args=(t,)) for t in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()

kept = 8 * (N - len(range(0, N, 3)))
print("dict:", len(shared_dict) == kept, all(shared_dict[k] == k[1] for k in shared_dict))
print("list:", len(shared_list) == 8 * N, len(set(shared_list)) == 8 * N)
print("deque:", len(shared_deque) == 8 * N - 8 * len(range(0, N, 3)))
print("set:", len(shared_set) == kept, shared_set == set(shared_dict))
print("each thread's list items in order:",
      all([i for t, i in shared_list if t == tid] == list(range(N)) for tid in range(8)))
