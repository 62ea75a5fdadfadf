# errors: a parameter without default after one with a default is a SyntaxError
print("not printed")
def f(a=1, b):
    return a + b
