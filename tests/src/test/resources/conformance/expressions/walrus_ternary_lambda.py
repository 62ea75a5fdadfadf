# expressions: assignment expressions, conditional expressions and lambdas
data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print("long list", n)
print([y for x in data if (y := x * 2) > 30])
print(y)
chunks = iter(["ab", "cd", "", "ef"])
while (chunk := next(chunks)):
    print("chunk", chunk)
total = 0
print([total := total + x for x in [1, 2, 3, 4]], total)
print((a := 10) + a, a)
values = {"x": 3}
print(v if (v := values.get("x")) is not None else "missing")
print(v if (v := values.get("z")) is not None else "missing")
def grade(score):
    return "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "F"
print([grade(s) for s in [95, 85, 75, 65, 90, 80]])
print(1 if True else 1 / 0, (1 / 0) if False else "lazy")
x = 5
print("even" if x % 2 == 0 else "odd", ("big" if x > 3 else "small").upper())
print((lambda: "no args")(), (lambda a, b=2: a * b)(3), (lambda *a: len(a))(1, 2, 3))
print((lambda **kw: sorted(kw))(b=1, a=2), (lambda a, *, k: a - k)(10, k=3))
square = lambda n: n * n
compose = lambda f, g: lambda z: f(g(z))
print(square(7), compose(square, lambda z: z + 1)(3), compose(str, square)(4) + "!")
adders = [lambda z, i=i: z + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda z: z + i for i in range(3)]
print([f(10) for f in late])
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: -p[0]))
print((lambda x: (lambda y: x + y))(1)(2))
print(square.__name__, (lambda: 0).__name__)
fns = {"inc": lambda q: q + 1, "neg": lambda q: -q}
print(fns["inc"](fns["neg"](5)))
print([(w := word.upper()) for word in ["a", "b"]], w)
