# builtins: the bytes idioms of re/_compiler.py (translate, memoryview cast to I) and int() of bytes
import _sre
_CODEBITS = _sre.CODESIZE * 8
MAXCODE = (1 << _CODEBITS) - 1
_BITS_TRANS = b'0' + b'1' * 255
def _mk_bitmap(bits, _CODEBITS=_CODEBITS, _int=int):
    s = bits.translate(_BITS_TRANS)[::-1]
    return [_int(s[i - _CODEBITS: i], 2)
            for i in range(len(s), 0, -_CODEBITS)]
def _bytes_to_codes(b):
    a = memoryview(b).cast('I')
    assert a.itemsize == _sre.CODESIZE
    assert len(a) * a.itemsize == len(b)
    return a.tolist()
charmap = bytearray(256)
for c in b'aeiouAZ09':
    charmap[c] = 1
print(_mk_bitmap(charmap))
mapping = bytearray(256)
mapping[65] = 1
data = bytearray()
data += mapping
print(_bytes_to_codes(data)[:20], len(_bytes_to_codes(bytes(data))))
print(int(b'0101', 2), int(bytearray(b'ff'), 16))
def e(f):
    try: print(repr(f()))
    except Exception as x: print(type(x).__name__, x)
e(lambda: int(b'12x', 16))
e(lambda: int(b'zz'))
e(lambda: int(bytearray(b' 7 ')))
e(lambda: int(b'0x1f', 0))
e(lambda: int(memoryview(b'1'), 10))
e(lambda: int(b'1', 99))
