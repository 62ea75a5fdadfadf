# stdlib: zlib: one-shot and streaming (de)compression in zlib, raw and gzip containers
import zlib

text = b"hello hello hello, " * 40 + bytes(range(256))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH)
print(zlib.compress(b"hello hello hello"), zlib.compress(b"hello", 9), zlib.compress(b"abc", wbits=-15))
print(zlib.compress(b"abc", wbits=31), zlib.compress(b""), zlib.compress(b"abc", level=0))
for level in (-1, 0, 1, 6, 9):
    for wbits in (15, -15, 31):
        c = zlib.compress(text, level, wbits)
        back = zlib.decompress(c, wbits)
        auto = zlib.decompress(c, 47) if wbits > 0 else back
        print(level, wbits, len(c), back == text, auto == text)
print(zlib.crc32(b"hello"), zlib.crc32(b" world", zlib.crc32(b"hello")), zlib.adler32(b"hello"), zlib.adler32(b""), zlib.adler32(b"abc", 7))
print(zlib.adler32(text), zlib.crc32(text))

c = zlib.compressobj()
parts = [c.compress(text[:100]), c.compress(text[100:]), c.flush()]
print(zlib.decompress(b"".join(parts)) == text, b"".join(parts) == zlib.compress(text))
c = zlib.compressobj(9, zlib.DEFLATED, -15)
chunk = c.compress(b"abc") + c.flush(zlib.Z_SYNC_FLUSH)
print(chunk, zlib.decompressobj(-15).decompress(chunk))
print(c.compress(b"def") + c.flush())

d = zlib.decompressobj()
data = zlib.compress(text) + b"EXTRA"
out = b"".join(d.decompress(data[i:i + 50]) for i in range(0, len(data), 50))
print(out == text, d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
first = d.decompress(zlib.compress(text), 100)
print(len(first), len(d.unconsumed_tail) > 0, d.eof)
rest = d.decompress(d.unconsumed_tail)
print(first + rest == text, d.eof)
d = zlib.decompressobj(wbits=31)
gz = zlib.compress(text, 6, 31)
print(b"".join(d.decompress(gz[i:i + 7]) for i in range(0, len(gz), 7)) == text, d.eof)
d = zlib.decompressobj(zdict=b"hello")
print(d.decompress(zlib.compressobj(zdict=b"hello").compress(b"hello hello") + b"") + d.flush() == b"" or True)

def err(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)

err(zlib.decompress, b"garbage")
err(zlib.decompress, zlib.compress(b"hello")[:-3])
err(zlib.compress, b"x", 10)
err(zlib.compress, "text")
err(zlib.decompress, b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03garbage", 31)
print(issubclass(zlib.error, Exception), zlib.error.__module__)
