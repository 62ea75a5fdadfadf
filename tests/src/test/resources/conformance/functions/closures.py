# functions: closures capture variables (cells), not values; independent instances; factories
def make_multiplier(factor):
    def multiply(x):
        return x * factor
    return multiply
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), double(triple(2)))
def make_counter(start=0, step=1):
    value = start
    def next_value():
        nonlocal value
        value += step
        return value
    def reset():
        nonlocal value
        value = start
    return next_value, reset
nxt, reset = make_counter(10, 5)
print(nxt(), nxt(), nxt())
reset()
print(nxt())
other, _ = make_counter()
print(other(), other(), nxt())
def late_binding():
    fns = [lambda: i * i for i in range(4)]
    return [f() for f in fns]
def early_binding():
    fns = [lambda i=i: i * i for i in range(4)]
    return [f() for f in fns]
print(late_binding(), early_binding())
def shared_cell():
    data = []
    def add(x):
        data.append(x)
    def get():
        return list(data)
    return add, get
add, get = shared_cell()
add(1); add(2)
print(get())
def cell_rebound():
    x = 1
    f = lambda: x
    x = 2
    return f()
print(cell_rebound())
def memoize(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner
@memoize
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache))
def make_accounts():
    balances = {}
    def deposit(name, amount):
        balances[name] = balances.get(name, 0) + amount
        return balances[name]
    return deposit
dep = make_accounts()
print(dep("a", 10), dep("b", 5), dep("a", 1))
def outer():
    msg = "outer msg"
    def middle():
        def inner():
            return msg
        return inner
    return middle()()
print(outer())
gens = []
for k in range(3):
    def make(k=k):
        return lambda: k
    gens.append(make())
print([g() for g in gens])
