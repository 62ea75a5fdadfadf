# statements: if/elif/else chains, truthiness of many values, nested conditions
def describe(x):
    if x is None:
        return "none"
    elif isinstance(x, bool):
        return "bool " + ("yes" if x else "no")
    elif isinstance(x, int) and x < 0:
        return "negative int"
    elif isinstance(x, int):
        return "non-negative int"
    elif isinstance(x, str) and not x:
        return "empty string"
    elif isinstance(x, str):
        return "string of " + str(len(x))
    else:
        return "other " + type(x).__name__
for v in [None, True, False, -3, 0, 7, "", "abc", 2.5, [1]]:
    print(repr(v), "->", describe(v))
for v in [0, 0.0, "", [], (), {}, set(), None, 1, -1, "0", [0], (None,), {0: 0}, 0.001, range(0), range(1)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
def fizz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)
print(" ".join(fizz(i) for i in range(1, 21)))
def bucket(score):
    if score >= 50:
        if score >= 75:
            if score >= 90:
                return "top"
            return "high"
        return "mid"
    elif score >= 25:
        return "low"
    return "bottom"
print([bucket(s) for s in (95, 80, 60, 30, 10)])
x = 3
if x > 1:
    pass
elif x > 100:
    print("unreachable")
print("pass branch ok")
if not x == 4:
    print("not binds looser than ==")
if x in (1, 2, 3) and x not in (2,):
    print("membership conditions")
