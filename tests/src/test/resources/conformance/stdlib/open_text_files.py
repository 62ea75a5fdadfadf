# stdlib: open() in text mode: modes, universal newlines, tell/seek, encodings, errors, reprs
import os

D = "_tmp_open_text_files"
os.mkdir(D)
P = D + "/t.txt"

with open(P, "w") as f:
    print(f, f.name, f.mode, f.encoding, f.errors, f.line_buffering, f.closed)
    print(f.buffer, f.buffer.raw)
    print(f.write("hello\nworld\r\nx\ry"), f.writable(), f.readable(), f.seekable())
    f.writelines(["a\n", "b\n"])
print(f.closed)

with open(P) as f:
    print(repr(f.readline()), f.tell())
    print(repr(f.read(3)), f.tell())
    print(f.readlines(), repr(f.newlines))
with open(P) as f:
    print(repr(f.read()), repr(f.newlines))
with open(P, newline="") as f:
    print(list(f))
with open(P, newline="\r") as f:
    print(list(f))
with open(P, newline="\r\n") as f:
    print(f.readlines())
with open(P, "rb") as f:
    print(f.read())

# writing with newline translation
with open(P, "w", newline="\r\n") as f:
    f.write("one\ntwo\n")
with open(P, "rb") as f:
    print(f.read())

# append, read+write, truncate
with open(P, "w") as f:
    f.write("first\n")
with open(P, "a") as f:
    print(f.mode, f.tell())
    f.write("second\n")
with open(P, "r+") as f:
    print(f.mode, f.read())
    f.seek(0)
    f.write("F")
    f.seek(0, 2)
    print(f.tell())
    f.seek(0)
    print(repr(f.read()))
    f.seek(5)
    print(f.truncate(), f.tell())
with open(P) as f:
    print(repr(f.read()))
with open(P, "w+") as f:
    f.write("abc")
    f.seek(0)
    print(f.read(), f.mode, f.buffer)

# tell/seek with multi-byte characters
with open(P, "w", encoding="utf-8") as f:
    f.write("héllo\nwörld\nünïcödé\n")
with open(P, encoding="utf-8") as f:
    print(repr(f.readline()), f.tell())
    pos = f.tell()
    print(repr(f.readline()), f.tell())
    f.seek(pos)
    print(repr(f.read()))
    f.seek(0, 2)
    print(f.tell(), repr(f.read()))
    for bad in [(1, 1), (-1, 2)]:
        try:
            f.seek(*bad)
        except OSError as e:
            print(type(e).__name__, e)
    try:
        f.seek(-3)
    except ValueError as e:
        print(e)

# iteration disables tell
with open(P, encoding="utf-8") as f:
    for line in f:
        try:
            f.tell()
        except OSError as e:
            print(e)
        break

# encodings and errors
with open(P, "wb") as f:
    f.write(b"caf\xe9 \xff\n")
try:
    with open(P, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print(e)
with open(P, encoding="latin-1") as f:
    print(f.encoding, repr(f.read()))
with open(P, encoding="utf-8", errors="replace") as f:
    print(f.errors, repr(f.read()))
with open(P, "w", encoding="ascii", errors="backslashreplace") as f:
    f.write("naïve\n")
with open(P, encoding="ascii") as f:
    print(repr(f.read()))
try:
    open(P, encoding="no-such-codec")
except LookupError as e:
    print(e)
with open(P, "w", encoding="ascii") as f:
    try:
        f.write("é")
    except UnicodeEncodeError as e:
        print(e)

# a file larger than one chunk, read by lines
with open(P, "w") as f:
    for i in range(3000):
        f.write("line %d %s\n" % (i, "é" * (i % 7)))
with open(P) as f:
    lines = f.readlines()
    print(len(lines), lines[2999], f.tell() == os.stat(P).st_size)
with open(P) as f:
    n = 0
    for line in f:
        n += len(line)
    print(n)
with open(P) as f:
    f.readline()
    for i in range(1000):
        f.readline()
    t = f.tell()
    a = f.readline()
    f.seek(t)
    print(a == f.readline(), repr(a))

# reconfigure, detach
with open(P, "w") as f:
    f.reconfigure(line_buffering=True)
    print(f.line_buffering)
    f.reconfigure(encoding="latin-1")
    print(f.encoding)
    f.write("ÿ")
f = open(P, "rb")
print(open(P, encoding="latin-1").read() == "ÿ", f.read())
f.close()
f = open(P)
b = f.detach()
print(b)
try:
    f.read()
except ValueError as e:
    print(e)
b.close()

os.remove(P)
os.rmdir(D)
