def f():
    return 1
      extra = 2
