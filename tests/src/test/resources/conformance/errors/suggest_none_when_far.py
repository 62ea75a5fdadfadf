# errors: no suggestion when every candidate is more than a third different
def f():
    alpha = 1
    return zzzzzz
f()
