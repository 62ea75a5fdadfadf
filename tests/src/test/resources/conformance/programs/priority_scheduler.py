# programs: a priority task scheduler with a hand-written binary heap, aging, dependencies and time slices
class MinHeap:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
    def push(self, item):
        self.items.append(item)
        i = len(self.items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.items[i] < self.items[parent]:
                self.items[i], self.items[parent] = self.items[parent], self.items[i]
                i = parent
            else:
                break
    def pop(self):
        last = self.items.pop()
        if not self.items:
            return last
        top, self.items[0] = self.items[0], last
        i, n = 0, len(self.items)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and self.items[child] < self.items[smallest]:
                    smallest = child
            if smallest == i:
                return top
            self.items[i], self.items[smallest] = self.items[smallest], self.items[i]
            i = smallest

class Task:
    def __init__(self, name, priority, work, deps=()):
        self.name, self.priority, self.work, self.deps = name, priority, work, set(deps)
        self.waited = 0
    def key(self):
        return (self.priority - self.waited // 3, self.name)
    def __repr__(self):
        return f"{self.name}(p={self.priority}, work={self.work})"

class Scheduler:
    def __init__(self, quantum):
        self.quantum = quantum
        self.pending = []
        self.done = []
        self.clock = 0
        self.timeline = []
    def add(self, task):
        self.pending.append(task)
    def ready(self):
        finished = {t.name for t in self.done}
        return [t for t in self.pending if t.deps <= finished]
    def run(self):
        while self.pending:
            heap = MinHeap()
            for t in self.ready():
                heap.push((t.key(), t.name, t))
            if not len(heap):
                blocked = sorted(t.name for t in self.pending)
                raise RuntimeError(f"deadlock: {blocked}")
            _, _, task = heap.pop()
            slice_ = min(self.quantum, task.work)
            task.work -= slice_
            self.clock += slice_
            self.timeline.append(f"{self.clock:>3} {task.name}")
            for other in self.pending:
                if other is not task:
                    other.waited += 1
            task.waited = 0
            if task.work == 0:
                self.pending.remove(task)
                self.done.append(task)
        return [t.name for t in self.done]

h = MinHeap()
for v in [5, 3, 8, 1, 9, 2, 7]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
s = Scheduler(quantum=2)
for t in [Task("build", 2, 3), Task("test", 1, 4, deps=["build"]), Task("lint", 3, 1),
          Task("docs", 5, 2), Task("deploy", 0, 1, deps=["test", "lint"]), Task("notify", 4, 1, deps=["deploy"])]:
    s.add(t)
print("order:", s.run())
print("clock:", s.clock)
for entry in s.timeline:
    print(entry)
bad = Scheduler(quantum=1)
bad.add(Task("a", 1, 1, deps=["b"]))
bad.add(Task("b", 1, 1, deps=["a"]))
bad.add(Task("c", 1, 1))
try:
    bad.run()
except RuntimeError as e:
    print("RuntimeError", e, "| done:", [t.name for t in bad.done])
