# stdlib: zlib compressor and decompressor copy()
import zlib
data = bytes(range(256)) * 40
for wbits in (15, -15, 31):
    c = zlib.compressobj(6, zlib.DEFLATED, wbits)
    head = c.compress(data[:5000])
    c2 = c.copy()
    a = head + c.compress(data[5000:]) + c.flush()
    b = head + c2.compress(data[5000:]) + c2.flush()
    print(wbits, a == b, zlib.decompress(a, wbits) == data)
    try:
        c.copy()
    except ValueError as e:
        print('ValueError', e)
    d = zlib.decompressobj(wbits)
    first = d.decompress(a[:100])
    d2 = d.copy()
    r1 = first + d.decompress(a[100:]) + d.flush()
    r2 = first + d2.decompress(a[100:]) + d2.flush()
    print(r1 == data, r2 == data, d2.eof, d2.unused_data)
d = zlib.decompressobj()
comp = zlib.compress(b'hello world' * 100)
out = d.decompress(comp, 10)
d3 = d.copy()
print(out, d3.unconsumed_tail == d.unconsumed_tail, len(d3.unconsumed_tail) > 0)
print(d3.decompress(d3.unconsumed_tail) + d3.flush() == (b'hello world' * 100)[10:])
import copy
c = zlib.compressobj(); h = c.compress(b'abc'); print(zlib.decompress(h + copy.copy(c).flush()), zlib.decompress(h + copy.deepcopy(c).flush()))
