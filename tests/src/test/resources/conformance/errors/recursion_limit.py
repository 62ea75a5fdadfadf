# errors: unbounded recursion ends with RecursionError after normal output
def walk(n):
    return walk(n + 1) + 1
def bounded(n):
    return 0 if n == 0 else 1 + bounded(n - 1)
print(bounded(500))
walk(0)
