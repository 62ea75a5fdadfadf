# generators: generator-based coroutines wired into a push pipeline: filter, transform, broadcast, sink
def coroutine(fn):
    def start(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)
        return gen
    return start
@coroutine
def sink(name, store):
    try:
        while True:
            item = yield
            store.setdefault(name, []).append(item)
    except GeneratorExit:
        store.setdefault("closed", []).append(name)
@coroutine
def keep(predicate, target):
    try:
        while True:
            item = yield
            if predicate(item):
                target.send(item)
    finally:
        target.close()
@coroutine
def transform(fn, target):
    try:
        while True:
            target.send(fn((yield)))
    finally:
        target.close()
@coroutine
def broadcast(*targets):
    try:
        while True:
            item = yield
            for t in targets:
                t.send(item)
    finally:
        for t in targets:
            t.close()
@coroutine
def batcher(size, target):
    batch = []
    try:
        while True:
            batch.append((yield))
            if len(batch) == size:
                target.send(tuple(batch))
                batch = []
    finally:
        if batch:
            target.send(tuple(batch))
        target.close()
store = {}
pipeline = broadcast(
    keep(lambda n: n % 2 == 0, transform(lambda n: n * n, sink("even_squares", store))),
    keep(lambda n: n > 6, sink("big", store)),
    batcher(4, sink("batches", store)),
)
for n in range(11):
    pipeline.send(n)
pipeline.close()
for key in sorted(store):
    print(key, store[key])
@coroutine
def tokenizer(target):
    word = ""
    try:
        while True:
            ch = yield
            if ch.isalnum():
                word += ch
            elif word:
                target.send(word)
                word = ""
    finally:
        if word:
            target.send(word)
        target.close()
words = {}
tok = tokenizer(transform(str.lower, sink("words", words)))
for ch in "Hello, World! Generators are FUN":
    tok.send(ch)
tok.close()
print(words)
@coroutine
def state_machine():
    state = "idle"
    while True:
        event = yield state
        if state == "idle" and event == "start":
            state = "running"
        elif state == "running" and event == "pause":
            state = "paused"
        elif state == "paused" and event == "resume":
            state = "running"
        elif event == "stop":
            state = "stopped"
sm = state_machine()
for ev in ["pause", "start", "pause", "resume", "bogus", "stop"]:
    print(f"{ev:>6} -> {sm.send(ev)}")
