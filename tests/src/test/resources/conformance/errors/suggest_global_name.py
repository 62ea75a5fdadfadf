# errors: an uncaught NameError suggests the nearest global when no local is close
counter_total = 3
def g(x):
    return x + counter_totl
print(g(1) if False else "calling")
g(1)
