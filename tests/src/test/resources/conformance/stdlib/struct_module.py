# stdlib: _struct (the C half of struct): formats, byte orders, alignment, errors
import _struct

for fmt in ("i", "@i", "=i", "<i", ">i", "!i", "bhilq", "<bhilq", "c?x", "3s2p", "@bi", "@ci", "@bq", "@hd",
            "@iq5s", "0s", "x", "10x", "e", "<e", "f", "d", "nNP", "i  i", "", "@qb", "4s4x"):
    print(repr(fmt), _struct.calcsize(fmt))

print(_struct.pack("<i", 1), _struct.pack(">i", 1), _struct.pack("!h", -2), _struct.pack("<Q", 2**64 - 1))
print(_struct.pack("@bi", 1, 2), _struct.pack("=bi", 1, 2), _struct.pack("<q", -(2**63)))
print(_struct.pack("<bBhHiIlLqQ", -1, 255, -300, 65535, -70000, 4000000000, -5, 7, -(2**40), 2**63))
print(_struct.unpack("<bBhHiIlLqQ", _struct.pack("<bBhHiIlLqQ", -1, 255, -300, 65535, -70000, 4000000000, -5, 7, -(2**40), 2**63)))
print(_struct.pack("nNP", -3, 4, 5), _struct.unpack("nNP", _struct.pack("nNP", -3, 4, 5)))
print(_struct.pack("c?x?", b"z", 7, 0), _struct.unpack("c?x?", b"z\x02\x00\x00"))
print(_struct.pack("5s", b"ab"), _struct.pack("2s", b"abcdef"), _struct.pack("0s", b"x"), _struct.pack("s", b"xy"))
print(_struct.pack("5p", b"ab"), _struct.pack("3p", b"abcdef"), _struct.unpack("5p", b"\x02abcd"), _struct.unpack("3p", b"\x09abc"[:3]))
for v in (1.0, -2.5, 65504.0, 0.1, 1e-5, 6e-8, 3e-8, 2.9e-8, 1e-10, float("inf"), -0.0, 0.5 + 2**-11, 1 + 2**-10 + 2**-11):
    print(v, _struct.pack("<e", v), _struct.unpack("<e", _struct.pack("<e", v)), _struct.pack(">f", v), _struct.pack("<d", v))
print(_struct.unpack("<f", _struct.pack("<f", 0.1)), _struct.unpack(">d", _struct.pack(">d", 0.1)))
print(_struct.pack("<d", 3), _struct.pack("f", 1e300), _struct.unpack("<e", b"\x00\x7e"), _struct.unpack("<e", b"\x00\xfc"))

s = _struct.Struct("<2h")
print(s.format, s.size, s.pack(1, 2), s.unpack(b"\x01\x00\x02\x00"), s.unpack_from(b"xx\x01\x00\x02\x00", 2))
print(list(s.iter_unpack(b"\x01\x00\x02\x00\x03\x00\x04\x00")), list(_struct.iter_unpack("<h", b"\x05\x00\x06\x00")))
it = s.iter_unpack(b"\x01\x00\x02\x00\x03\x00\x04\x00")
print(it.__length_hint__() if hasattr(it, "__length_hint__") else 2, next(it), list(it))
print(_struct.Struct(b">I").format, _struct.unpack_from("<h", b"\x01\x00\x02\x00", offset=2), _struct.unpack_from("<h", b"\x01\x00\x02\x00", -2))

def err(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

for fmt, v in (("<H", -1), ("H", -1), ("<h", 40000), ("h", 40000), ("i", 2**31), ("<i", 2**31), ("I", -1),
               ("<I", 2**32), ("<I", -1), ("q", 2**63), ("<q", 2**63), ("Q", -1), ("b", 200), ("B", -1),
               ("<b", 200), ("l", 2**63), ("<l", 2**31), ("<L", 2**32), ("L", -1), ("<Q", 2**64),
               ("<f", 1e300), ("e", 1e10), ("<e", 65520.0), ("<c", b"ab"), ("c", "a"), ("s", "x"), ("p", 5), ("i", 1.5),
               ("f", "x"), ("n", 2**63), ("N", -1), ("b", 2**70), ("?", None), ("d", None)):
    err(_struct.pack, fmt, v)
err(_struct.pack, "ii", 1)
err(_struct.pack, "i", 1, 2)
err(_struct.pack, "<n", 1)
err(_struct.calcsize, "z")
err(_struct.calcsize, "12")
err(_struct.calcsize, "<P")
err(_struct.calcsize, 5)
err(_struct.unpack, "<i", b"abc")
err(_struct.unpack_from, "<i", b"abc")
err(_struct.unpack_from, "<i", b"abcdef", 4)
err(_struct.unpack_from, "<i", b"abcdef", 10)
err(_struct.unpack_from, "<i", b"abcdef", -10)
err(_struct.iter_unpack, "<i", b"abcdef")
err(_struct.iter_unpack, "", b"")
err(_struct.unpack, "<i", "abcd")
print(issubclass(_struct.error, Exception), _struct.error.__module__, _struct.error.__name__)
