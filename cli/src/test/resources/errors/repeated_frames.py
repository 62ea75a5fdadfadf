def f(n):
    if n == 0:
        raise ValueError("bottom")
    return f(n - 1)

def g(n):
    return f(n + 5) if n > 2 else g(n + 1)

g(0)
