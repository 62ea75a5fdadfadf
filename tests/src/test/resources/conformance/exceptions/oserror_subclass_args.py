# OSError's arguments (errno, strerror, filename[, winerror, filename2]) in its builtin subclasses
# and in user subclasses, with and without their own __init__.
import errno, os
e = FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), "f.txt")
print(e.errno, e.strerror, e.filename, str(e), repr(e), e.args)
e2 = PermissionError(13, "Permission denied", "a", None, "b")
print(e2.filename, e2.filename2, str(e2))
e3 = OSError(2, "No such file", "g")
print(type(e3).__name__, e3.filename, str(e3))
class MyErr(FileNotFoundError): pass
e4 = MyErr(2, "x", "h"); print(e4.filename, str(e4))
print(str(OSError("just text")), OSError(1, 2).errno, str(IsADirectoryError(21, "Is a directory", "d")))
class Missing(OSError):
    def __init__(self, path):
        super().__init__(errno.ENOENT, "missing", path)
m = Missing("p.txt"); print(type(m).__name__, m.errno, m.filename, str(m), m.args)
class Plain(OSError):
    pass
p = Plain(5, "io", "q"); print(p.filename, str(p), p.args, Plain("text").args)
try:
    open("/nonexistent/x")
except FileNotFoundError as e:
    print(e.filename, e.errno, str(e))
import pickle
r = pickle.loads(pickle.dumps(FileNotFoundError(2, "gone", "z"))); print(type(r).__name__, r.filename, str(r))
