# errors: an unexpected indent is an IndentationError raised before execution
print("not printed")
def f():
    return 1
    x = 2
      y = 3
