# classes: __getattr__ for missing attributes only, delegation proxies, __call__ on instances
class Config:
    def __init__(self, **values):
        self.values = values
        self.lookups = 0
    def __getattr__(self, name):
        self.lookups += 1
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self.values[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None
cfg = Config(host="localhost", port=8080)
print(cfg.host, cfg.port, cfg.lookups)
print(cfg.values is cfg.values, cfg.lookups)
try:
    cfg.timeout
except AttributeError as e:
    print("AttributeError", e)
print(getattr(cfg, "timeout", 30), hasattr(cfg, "host"), hasattr(cfg, "nope"))
class Proxy:
    def __init__(self, target):
        self._target = target
        self.calls = []
    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapped(*args):
                self.calls.append(name)
                return attr(*args)
            return wrapped
        return attr
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.calls, p.count(1))
sp = Proxy("Hello")
print(sp.upper(), sp.replace("l", "L"), sp.calls)
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.history = []
    def __call__(self, x, *more):
        result = x * self.factor
        self.history.append(result)
        return result if not more else [result] + [m * self.factor for m in more]
triple = Multiplier(3)
print(triple(2), triple("ab"), triple(1, 2, 3), triple.history)
print(callable(triple), list(map(triple, [1, 2])))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
tick = Counter()
tick(); tick()
print(tick(), tick.n)
class Chain:
    def __init__(self, path=""):
        self.path = path
    def __getattr__(self, name):
        return Chain(f"{self.path}/{name}")
    def __call__(self):
        return self.path or "/"
print(Chain().api.v1.users(), Chain()())
class Defaults:
    color = "red"
    def __getattr__(self, name):
        return f"default-{name}"
d = Defaults()
d.size = 5
print(d.color, d.size, d.shape)
