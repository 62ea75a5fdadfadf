# stdlib: open() in binary and unbuffered modes, file errors, closed files, mode validation
import os
import io

D = "_tmp_open_binary_files"
os.mkdir(D)
P = D + "/f.bin"

with open(P, "wb") as f:
    print(f, f.name, f.mode, f.raw, f.writable(), f.readable())
    print(f.write(b"12345"), f.tell())
    f.seek(1)
    f.write(b"X")
    f.seek(0, 2)
    print(f.tell())
with open(P, "r+b") as f:
    print(f.read(2))
    f.write(b"Y")
    f.seek(0)
    print(f.read())
    print(f.truncate(3), f.tell())
    f.seek(0)
    print(f.read(), f.read())
with open(P, "ab") as f:
    print(f.mode, f.tell())
    f.write(b"\nmore\nlines")
with open(P, "rb") as f:
    print(f.readline(), f.peek()[:2], f.read1(2), f.readlines())
    f.seek(-5, 2)
    print(f.read(), f.seek(0, 1))
with open(P, "rb", buffering=0) as f:
    print(f, f.mode, f.closefd, f.read(2), f.readall(), f.read())
with open(P, "xb" if False else "wb", buffering=0) as f:
    print(f.write(b"raw"), f.tell())
with open(P, "rb") as f:
    print(f.read())

# descriptors shared with a second file object
f = open(P, "rb")
g = open(f.fileno(), "rb", closefd=False)
print(g.name == f.fileno(), g.read())
g.close()
print(f.closed, g.closed)
f.close()

# errors
for args in [("missing.txt",), (D,), (P, "x"), (D + "/nodir/x", "w")]:
    try:
        open(*args)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e)
for mode in ["rw", "rr", "q", "bt", "", "r+w", "U"]:
    try:
        open(P, mode)
    except ValueError as e:
        print(repr(mode), e)
for kw in [{"encoding": "utf-8"}, {"errors": "strict"}, {"newline": ""}]:
    try:
        open(P, "rb", **kw)
    except ValueError as e:
        print(e)
try:
    open(P, "r", buffering=0)
except ValueError as e:
    print(e)
try:
    open(3.5)
except TypeError as e:
    print(e)
try:
    open(P, newline="x")
except ValueError as e:
    print(e)

# closed files
f = open(P)
f.close()
f.close()
for op in [f.read, f.readline, lambda: f.write("x"), f.tell, f.fileno, lambda: iter(f)]:
    try:
        op()
    except ValueError as e:
        print(e)
try:
    with f:
        pass
except ValueError as e:
    print(e)
print(f.closed, f)
b = open(P, "rb")
b.close()
print(b, b.closed)
try:
    b.read()
except ValueError as e:
    print(e)

# unsupported operations
with open(P, "rb") as f:
    for op in [lambda: f.write(b"x"), lambda: f.truncate(0)]:
        try:
            op()
        except io.UnsupportedOperation as e:
            print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
with open(P, "w") as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print(e)
with open(P, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print(e)
with open(P, "w") as f:
    try:
        f.write(b"bytes")
    except TypeError as e:
        print(e)

# opener
def opener(path, flags):
    print("opening", path, flags & os.O_CREAT != 0)
    return os.open(path, flags, 0o600)
with open(P, "w", opener=opener) as f:
    f.write("via opener")
print(oct(os.stat(P).st_mode & 0o777), open(P).read())

# a file left open is flushed when the program ends
leftover = open(D + "/left.txt", "w")
leftover.write("unflushed")
print(os.path.getsize(D + "/left.txt"))
leftover.close()
print(os.path.getsize(D + "/left.txt"))

os.remove(P)
os.remove(D + "/left.txt")
os.rmdir(D)
