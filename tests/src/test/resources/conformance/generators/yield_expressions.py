# generators: yield used inside larger expressions, as arguments, in conditions, with evaluation order
def adder():
    total = 0
    while True:
        total = total + (yield total)
g = adder()
print(next(g), g.send(5), g.send(10), g.send(-3))
def paired():
    a = yield "first"
    b = yield "second"
    yield (a, b)
p = paired()
print(next(p), p.send("A"), p.send("B"))
def in_call():
    print("  args:", (yield 1), (yield 2))
    yield "done"
ic = in_call()
print(next(ic), ic.send("x"), ic.send("y"))
def in_condition():
    while (yield "ask"):
        print("  kept going")
    yield "ended"
ic2 = in_condition()
print(next(ic2), ic2.send(True), ic2.send(1), ic2.send(0))
def in_fstring():
    name = yield "name?"
    yield f"hello {name}, you sent {(yield 'more?')!r}"
fs = in_fstring()
print(next(fs), fs.send("ann"), fs.send([1]))
def bare_yield():
    x = yield
    print("  received", x)
    yield
b = bare_yield()
print(next(b), b.send("value"))
def yield_in_list():
    data = [(yield "a"), (yield "b")]
    yield data
yl = yield_in_list()
print(next(yl), yl.send(1), yl.send(2))
def in_dict():
    d = {"k": (yield "key?")}
    yield d
di = in_dict()
print(next(di), di.send("v"))
def yield_lambda_arg():
    f = lambda v: v * 2
    yield f((yield "number?"))
yla = yield_lambda_arg()
print(next(yla), yla.send(21))
def arithmetic():
    x = (yield 1) * 10 + (yield 2)
    yield x
ar = arithmetic()
print(next(ar), ar.send(4), ar.send(3))
def yield_none_default():
    v = yield
    yield v
yn = yield_none_default()
next(yn)
print(next(yn))
