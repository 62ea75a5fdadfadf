# statements: global and nonlocal declarations, shadowing, UnboundLocalError
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print("counter", counter)
def create_global():
    global created
    created = "made inside function"
create_global()
print(created)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def make_accumulator():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = make_accumulator()
acc2 = make_accumulator()
print(acc(5), acc(10), acc2(1), acc(0))
def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    m = middle()
    return x, m
print(outer())
def broken():
    try:
        print(counter)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    counter = 5
    return counter
print(broken())
def reads_global():
    return counter * 2
print(reads_global())
def nested_global():
    def inner():
        global counter
        counter = -1
    inner()
nested_global()
print(counter)
def two_counters():
    a = b = 0
    def inc():
        nonlocal a, b
        a += 1
        b += 2
    for _ in range(3):
        inc()
    return a, b
print(two_counters())
x = "module x"
class Holder:
    x = "class x"
    def method(self):
        return x
print(Holder().method(), Holder.x)
def loop_var():
    funcs = []
    for i in range(3):
        def f():
            return i
        funcs.append(f)
    return [f() for f in funcs]
print(loop_var())
