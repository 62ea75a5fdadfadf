# Writes take any bytes-like object; BytesIO.getbuffer() is a live view; closed StringIO's message.
import array
import collections
import io
import os

b = io.BytesIO(b"abcdef")
view = b.getbuffer()
print(type(view).__name__, len(view), view[0], bytes(view[1:3]), view.readonly)
view[0] = ord("A")
view[-2:] = b"EF"
print(b.getvalue())
view.release()
b.write(b"more")
print(b.getvalue(), b.tell())

out = io.BytesIO()
print(out.write(memoryview(b"mv")), out.write(bytearray(b"ba")), out.write(array.array("b", [33, 63])))
print(out.getvalue())
try:
    out.write("text")
except TypeError as e:
    print("TypeError:", e)

path = "/tmp/eddy_io_buffers_%d.bin" % os.getpid()
with open(path, "wb") as f:
    print(f.write(memoryview(b"0123456789")[2:5]), f.write(bytearray(b"xyz")))
with open(path, "rb", buffering=0) as f:
    print(f.read())
fd = os.open(path, os.O_WRONLY | os.O_APPEND)
print(os.write(fd, memoryview(b"!?")), os.write(fd, bytearray(b"#")))
os.close(fd)
with open(path, "rb") as f:
    print(f.read())
os.remove(path)

s = io.StringIO("text")
s.close()
for op in (s.getvalue, s.read, lambda: s.write("x"), s.tell, lambda: s.seek(0)):
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)

Point = collections.namedtuple("Point", "x y")
Point.x.__doc__ = "The horizontal coordinate"
print(Point.x.__doc__, "|", Point.y.__doc__)
p = property(lambda self: 1, doc="original")
p.__doc__ = "changed"
print(p.__doc__)
