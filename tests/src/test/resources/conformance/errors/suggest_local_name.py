# errors: an uncaught NameError suggests the nearest local variable, as 3.11 prints it
def g():
    values = [1]
    return valuse
g()
