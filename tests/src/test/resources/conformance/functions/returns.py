# functions: return values: implicit None, multiple values, early returns, return in loops and with
def nothing():
    pass
def bare():
    return
def many():
    return 1, "two", [3]
print(nothing(), bare(), many(), type(many()).__name__)
a, b, c = many()
print(a, b, c)
def first_negative(xs):
    for i, x in enumerate(xs):
        if x < 0:
            return i, x
    return None
print(first_negative([3, 1, -4, -1]), first_negative([1, 2]))
def classify(n):
    if n < 0:
        return "neg"
    if n == 0:
        return "zero"
    return "pos"
print([classify(n) for n in (-1, 0, 1)])
def nested_loops(target):
    for i in range(5):
        for j in range(5):
            if i * j == target:
                return (i, j)
    return "none"
print(nested_loops(6), nested_loops(7))
def in_while():
    n = 0
    while True:
        n += 1
        if n * n > 50:
            return n
print(in_while())
def returns_function():
    def inner():
        return "inner result"
    return inner
print(returns_function()())
def conditional_return(flag):
    return "yes" if flag else None
print(conditional_return(True), conditional_return(False))
def return_in_try():
    try:
        return "from try"
    finally:
        print("finally runs before the caller sees the value")
print(return_in_try())
def return_dict():
    return {"a": 1, **{"b": 2}}
print(return_dict())
def return_generator_expr():
    return (x for x in range(3))
print(list(return_generator_expr()))
def return_star():
    rest = [2, 3]
    return 1, *rest
print(return_star())
def chain():
    return chain
print(chain()()() is chain)
def side_effect_order():
    log = []
    def step(x):
        log.append(x)
        return x
    return step(1) + step(2) * step(3), log
print(side_effect_order())
