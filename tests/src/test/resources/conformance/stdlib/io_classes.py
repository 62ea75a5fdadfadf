# stdlib: io's classes: the IOBase hierarchy, subclassing, wrappers over BytesIO, newline decoding
import io

class Upper(io.TextIOBase):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s.upper())
        return len(s)
    def writable(self):
        return True

u = Upper()
print(isinstance(u, io.IOBase), u.closed, u.writable(), u.readable(), u.seekable())
u.writelines(["ab", "cd"])
print(u.parts, u.encoding, u.newlines, u.errors)
with u as v:
    print(v is u)
print(u.closed)
try:
    u.write("late") if False else u.flush()
except ValueError as e:
    print(e)
for op in [u.read, u.fileno, lambda: u.seek(0), u.truncate, u.detach]:
    try:
        op()
    except io.UnsupportedOperation as e:
        print("unsupported", e)
    except ValueError as e:
        print("value", e)

class Lines(io.RawIOBase):
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def readall(self):
        d, self.data = self.data, b""
        return d

r = Lines(b"x\ny\n")
print(r.readable(), r.read(), r.read())
r = Lines(b"one\ntwo\n")
print(r.readall())

class Counting(io.BufferedIOBase):
    pass
c = Counting()
try:
    c.read()
except io.UnsupportedOperation as e:
    print("read", e)

print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.BufferedReader, io.BufferedIOBase),
      issubclass(io.TextIOWrapper, io.TextIOBase), issubclass(io.StringIO, io.TextIOBase),
      issubclass(io.BytesIO, io.BufferedIOBase))
print(io.UnsupportedOperation.__mro__[1:3], io.DEFAULT_BUFFER_SIZE, io.SEEK_END)
print(io.open is open, io.text_encoding(None), io.text_encoding("ascii"))

w = io.TextIOWrapper(io.BytesIO(b"q\r\nr\rs\n"), encoding="ascii")
print(w.encoding, repr(w.read()), repr(w.newlines))
w = io.TextIOWrapper(io.BytesIO(b"q\r\nr\rs\n"), encoding="ascii", newline="")
print(list(w))
raw = io.BytesIO()
w = io.TextIOWrapper(raw, encoding="utf-8", newline="\r\n", write_through=True)
w.write("a\nb\n")
print(raw.getvalue(), w.line_buffering, w.write_through)
w = io.TextIOWrapper(io.BytesIO(b"abc"))
print(w.encoding)
try:
    io.TextIOWrapper(io.BytesIO(), newline=5)
except TypeError as e:
    print(e)

br = io.BufferedReader(io.BytesIO(b"buffered\ndata"))
print(br.readline(), br.read(), br.read())
bw_target = io.BytesIO()
bw = io.BufferedWriter(bw_target)
bw.write(b"held")
print(bw_target.getvalue())
bw.flush()
print(bw_target.getvalue())
pair = io.BufferedRWPair(io.BytesIO(b"in"), io.BytesIO())
print(pair.read(), pair.write(b"out"), pair.readable(), pair.writable())

d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), repr(d.decode("\nb\r")), repr(d.decode("", final=True)), repr(d.newlines))
d = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(d.decode("x\r\ny\r")), d.getstate())
d.reset()
print(d.getstate(), d.newlines)
