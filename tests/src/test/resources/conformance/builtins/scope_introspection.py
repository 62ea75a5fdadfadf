# locals(), and dir() / vars() without arguments, describe the calling scope.
def f(a, b=2):
    c = a + b
    def g():
        return c
    print(sorted(k for k in locals()), dir(), locals()["c"])
    return g


f(1)


class K:
    x = 1
    print(sorted(vars()), "x" in dir())


y = 5
print("y" in dir(), "f" in vars(), "K" in globals(), vars()["y"])
print(dir(K)[-1], sorted(vars(K).keys())[-1])
