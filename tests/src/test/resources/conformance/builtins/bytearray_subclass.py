# builtins: subclasses of bytearray, and the errors of + and * on bytes
def e(f):
    try: print(repr(f()))
    except Exception as x: print(type(x).__name__, x)
e(lambda: b'a' + 1)
e(lambda: b'a' + 'a')
e(lambda: bytearray(b'a') * 1.5)
class B(bytearray):
    def first(self):
        return self[0]
b = B(b'xy')
print(b, b.first(), type(b[0:1]).__name__, type(b + b'z').__name__, type(b.upper()).__name__, b == b'xy', len(b))
b.attr = 1; print(b.attr, isinstance(b, bytearray), type(b).__name__)
b.append(122); b += b'!'; print(b, bytes(b), memoryview(b).tobytes())
class Sized(bytearray):
    def __init__(self, n, fill):
        super().__init__(bytes([fill]) * n)
        self.n = n
    def __repr__(self):
        return f"Sized({self.n})"
    def __len__(self):
        return 99
s = Sized(3, 65)
print(s, bytes(s), len(s), bytearray.__len__(s), s.decode(), [s])
print(B(), B(3), B([1, 2]), B('é', 'utf-8'))
