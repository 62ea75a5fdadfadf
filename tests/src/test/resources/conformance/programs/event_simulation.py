# programs: a discrete-event simulation of a checkout queue driven by generator processes and a clock
class Simulation:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.seq = 0
        self.log = []
    def schedule(self, delay, process, value=None):
        self.seq += 1
        self.queue.append((self.now + delay, self.seq, process, value))
    def start(self, process):
        self.schedule(0, process)
    def run(self, until):
        while self.queue:
            self.queue.sort(key=lambda e: (e[0], e[1]))
            time, _, process, value = self.queue.pop(0)
            if time > until:
                self.queue.append((time, 0, process, value))
                break
            self.now = time
            try:
                delay = process.send(value)
            except StopIteration:
                continue
            self.schedule(delay, process)
    def record(self, text):
        self.log.append(f"t={self.now:>3} {text}")

class Counter:
    def __init__(self, sim, lanes):
        self.sim, self.free, self.waiting = sim, lanes, []
        self.served = []
    def customer(self, name, items):
        sim = self.sim
        arrived = sim.now
        sim.record(f"{name} arrives with {items} items")
        if self.free == 0:
            self.waiting.append(name)
            while self.free == 0 or self.waiting[0] != name:
                yield 1
            self.waiting.pop(0)
        self.free -= 1
        sim.record(f"{name} starts checkout after waiting {sim.now - arrived}")
        yield items * 2
        self.free += 1
        self.served.append((name, sim.now - arrived))
        sim.record(f"{name} leaves")

def arrivals(sim, counter, customers):
    for name, gap, items in customers:
        yield gap
        sim.start(counter.customer(name, items))

sim = Simulation()
counter = Counter(sim, lanes=2)
customers = [("ann", 0, 3), ("bob", 1, 5), ("cy", 1, 2), ("di", 2, 1), ("eve", 0, 4), ("fay", 10, 2)]
sim.start(arrivals(sim, counter, customers))
sim.run(until=100)
for line in sim.log:
    print(line)
print("served:", counter.served)
waits = [t for _, t in counter.served]
print("average time in system:", round(sum(waits) / len(waits), 2), "max:", max(waits))
print("final clock:", sim.now, "lanes free:", counter.free)
sim2 = Simulation()
def ticker(sim, name, period, count):
    for i in range(count):
        sim.record(f"{name} tick {i}")
        yield period
sim2.start(ticker(sim2, "fast", 2, 10))
sim2.start(ticker(sim2, "slow", 5, 10))
sim2.run(until=12)
print("\n".join(sim2.log))
print("pending events after cutoff:", len(sim2.queue))
