# builtins: memoryview over bytes, bytearray and array: slicing shares memory, casts, release
import array
def e(f):
    try: print(repr(f()))
    except Exception as x: print(type(x).__name__, x)
m = memoryview(b'abcdef')
print(m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.obj, len(m))
print(m[0], m[-1], m[1:3].tobytes(), m[::2].tolist(), m[::-1].tobytes(), bytes(m[2:]))
print(m.tolist(), list(m), m.hex(), m[::2].hex('-'))
ba = bytearray(b'hello')
v = memoryview(ba)
v[0] = ord('J'); print(ba)
v[1:3] = b'EL'; print(ba)
s = v[1:4]; s[0] = 0x61; print(ba, s.tobytes(), s.obj is ba)
v[::2] = b'xyz'; print(ba)
print(v.readonly, v == ba, v == b'xaylz', v != b'')
ro = v.toreadonly(); print(ro.readonly)
e(lambda: ro.__setitem__(0, 1))
a = array.array('i', [1, 2, 3])
ma = memoryview(a)
print(ma.format, ma.itemsize, ma.nbytes, ma.tolist(), ma[1], ma[::-1].tolist(), ma.strides)
ma[0] = -7; print(a)
mb = ma.cast('B'); print(mb.tolist()[:8], len(mb), mb.format)
mb[4] = 9; print(a)
mi = memoryview(bytearray(8)).cast('i'); mi[1] = 5; print(mi.tolist(), bytes(mi.obj))
print(memoryview(b'ab').cast('c').tolist(), memoryview(b'\xff').cast('b').tolist())
print(memoryview(bytes(range(8))).cast('H').tolist(), memoryview(bytes(range(8))).cast('Q').tolist())
print(memoryview(bytes(8)).cast('d').tolist(), memoryview(b'\x01\x00').cast('?').tolist())
with memoryview(b'abc') as w:
    print(w.tobytes())
e(lambda: w.tobytes())
e(lambda: w[0])
e(lambda: len(w))
print(repr(w).startswith('<released memory at 0x'), repr(m).startswith('<memory at 0x'))
e(lambda: memoryview('x'))
e(lambda: memoryview(b'ab')[2])
e(lambda: memoryview(b'ab')['x'])
e(lambda: memoryview(b'abc').cast('I'))
e(lambda: memoryview(b'abcd').cast('I').cast('h'))
e(lambda: memoryview(b'abcd').cast('x'))
e(lambda: hash(memoryview(bytearray(b'a'))))
print(hash(memoryview(b'abc')) == hash(b'abc'))
def f():
    memoryview(bytearray(b'ab'))[0:1] = b'xy'
e(f)
def f():
    memoryview(bytearray(b'ab'))[0] = 256
e(f)
def f():
    memoryview(bytearray(b'ab'))[0] = 'a'
e(f)
def f():
    del memoryview(bytearray(b'ab'))[0]
e(f)
print(memoryview(memoryview(b'xy')).tobytes(), memoryview(b'abc') == memoryview(b'abc'))
print(b''.join([memoryview(b'a'), bytearray(b'b')]), bytes(memoryview(b'q')))
print(isinstance(memoryview(b''), memoryview), type(memoryview(b'')).__name__)
mv = memoryview(b'abc'); mv.release(); mv.release(); print(mv == mv)
