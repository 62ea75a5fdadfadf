# builtins: tuple and bytes methods, immutability, packing, comparison, bytes/bytearray-free conversions
t = (3, 1, 4, 1, 5)
print(t.count(1), t.index(4), t.index(1, 2), len(t), t[1:3], t + (9,), t * 2, 4 in t)
print((), (1,), (1, 2) < (1, 3), (1, 2) == (1, 2), tuple([1, 2]), tuple("ab"), tuple(range(3)))
x = 1, 2, 3
print(x, type(x).__name__, (5), (5,), type((5)).__name__)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), sorted([(2, "b"), (1, "a")]))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError", e)
try:
    t.append(1)
except AttributeError as e:
    print("AttributeError", e)
holder = ([1], [2])
holder[0].append(10)
print(holder)
print(max(t), min(t), sum(t), sorted(t), tuple(sorted(t, reverse=True)))
b = b"Hello, Bytes"
print(b.lower(), b.upper(), b.split(b", "), b.startswith(b"Hell"), b.endswith(b"s"), b.find(b"B"), b.count(b"l"))
print(b.replace(b"Bytes", b"World"), b.strip(b"Hs"), b[7:], b[0], list(b[:3]), b.index(b","))
print(b" pad ".strip(), b"a-b".partition(b"-"), b"ABC".isupper(), b"abc".isalpha(), b"123".isdigit())
print(b"x" * 3, b"ab" + b"cd", b"ab" == b"ab", b"ab" < b"b", bytes(4), bytes([1, 2, 255]), bytes(b"copy"))
print(b"caf\xc3\xa9".decode("utf-8"), "café".encode("utf-8"), "abc".encode("ascii"), len("日本".encode()))
print(b"hex".hex(), bytes.fromhex("68 65 78"), b"\x00\xff".hex(), b"A".decode() + "b")
print(b"a,b".split(b","), b" ".join([b"x", b"y"]), b"abc"[::-1], b"abcabc".rfind(b"b"))
print(tuple(b"hi"), sorted(b"cba"), sum(b"\x01\x02\x03"), max(b"az"))
a, *b_rest = (1, 2, 3)
print(a, b_rest, divmod(7, 2), tuple(zip("ab", (1, 2))))
print(repr(b'"quoted"'), repr(b"'single'"), repr(b"both'\""), str(b"\t\x80"))
