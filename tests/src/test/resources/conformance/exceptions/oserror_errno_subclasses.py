# OSError(errno, strerror) becomes the subclass for that errno, as in CPython.
for n in [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115, 5, 99]:
    e = OSError(n, "msg")
    print(n, type(e).__name__, e, isinstance(e, OSError), e.errno, e.strerror)
print(type(OSError("x")).__name__, type(OSError(2)).__name__, type(FileNotFoundError(1, "a")).__name__)
try:
    raise OSError(2, "No such file")
except FileNotFoundError as e:
    print("caught", e)
