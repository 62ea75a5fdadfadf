# stdlib: binascii: hex, base64, crc32, crc_hqx and their errors
import binascii

print(binascii.hexlify(b"\x00\x01\xab\xff"), binascii.b2a_hex(b""), binascii.hexlify(b"\xb9\x01\xef", "-"))
print(binascii.hexlify(b"\xb9\x01\xef", b"_", 2), binascii.hexlify(b"\xb9\x01\xef\x02\x03", ":", -2), binascii.hexlify(b"abcdef", " ", 4))
print(binascii.unhexlify(b"00ABff"), binascii.a2b_hex("deadBEEF"), binascii.unhexlify(""))
for data in (b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:50]):
    enc = binascii.b2a_base64(data)
    print(enc, binascii.b2a_base64(data, newline=False), binascii.a2b_base64(enc) == data)
print(binascii.a2b_base64(b"Zm9v\nYmFy"), binascii.a2b_base64("Zm9 vYg=="), binascii.a2b_base64(b"Zm8=trailing"), binascii.a2b_base64(b"Zm==="))
print(binascii.a2b_base64(b"!Zm9v!"), binascii.a2b_base64(b"Zg=\n="), binascii.a2b_base64(b"Zm9vYg==", strict_mode=True))
print(binascii.crc32(b"hello"), binascii.crc32(b" world", binascii.crc32(b"hello")), binascii.crc32(b"hello world"), binascii.crc32(b""))
print(binascii.crc32(b"abc", 12345), binascii.crc32(b"abc", -1), binascii.crc32(b"x" * 1000))
print(binascii.crc_hqx(b"123456789", 0), binascii.crc_hqx(b"123456789", 0xffff), binascii.crc_hqx(b"", 77), binascii.crc_hqx(b"a", 70000))

def err(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)

err(binascii.unhexlify, b"abc")
err(binascii.unhexlify, b"zz")
err(binascii.unhexlify, "é0")
err(binascii.hexlify, "text")
err(binascii.hexlify, b"ab", "--")
err(binascii.a2b_base64, b"Zm9vY")
err(binascii.a2b_base64, b"Zm9vYmE")
err(binascii.a2b_base64, b"Zg")
err(binascii.a2b_base64, b"=Zg==", strict_mode=True)
err(binascii.a2b_base64, b"Zg===", strict_mode=True)
err(binascii.a2b_base64, b"Zg==x", strict_mode=True)
err(binascii.a2b_base64, b"Z!g==", strict_mode=True)
err(binascii.a2b_base64, b"Zm=9v", strict_mode=True)
err(binascii.b2a_base64, "str")
err(binascii.crc32, "str")
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__, issubclass(binascii.Incomplete, Exception))
