# lexer: bytes literals, their repr, indexing and raw bytes
b = b"hello"
print(b, type(b).__name__, len(b))
print(b[0], b[-1], b[1:3], b[::-1])
print(list(b"AZaz09"))
print(b"\x00\x01\xff", b"\n\t\r", b"\\", b"'", b'"', b"'\"")
print(rb"\n raw", br"\x00", len(rb"\n"))
print(b"abc" + b"def", b"ab" * 3, b"b" in b"abc", 98 in b"abc")
print(bytes([72, 105]), bytes(3), bytes("é", "utf-8"), bytes(range(65, 70)))
print(b"hello".decode(), "héllo".encode("utf-8"), "héllo".encode())
print(b"a" < b"b", b"abc" == b"abc", b"abc" != "abc")
print(b"hello world".split(), b"a,b,,c".split(b","))
print(b"hello".upper(), b"  pad  ".strip(), b"hello".replace(b"l", b"L"))
print(b"hello".find(b"l"), b"hello".count(b"l"), b"hello".startswith(b"he"))
print(b"-".join([b"a", b"b", b"c"]), b"abc".hex(), bytes.fromhex("41 42 43"))
print(repr(b"\x7f\x80"), str(b"x"))
print(b"""triple
bytes""")
print(b"con" b"cat")
for byte in b"hi!":
    print(byte, chr(byte))
print(b"" == bytes(), bool(b""), bool(b"\x00"))
