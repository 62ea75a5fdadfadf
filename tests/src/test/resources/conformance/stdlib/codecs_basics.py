# stdlib: codecs — lookup and CodecInfo, the UTF/ASCII/Latin-1/charmap/escape codecs, error handlers, incremental decoders, registries
import codecs

info = codecs.lookup("UTF-8")
print("lookup:", info.name, codecs.lookup("latin1").name, codecs.lookup("U16").name, codecs.lookup("cp1252").name)
print("CodecInfo is tuple:", isinstance(info, tuple), len(info), info.encode is codecs.utf_8_encode)
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "latin-1", "ascii", "cp1252", "cp437", "iso8859-15", "mac-roman"]:
    text = "caf\xe9 \u20ac" if enc not in ("ascii", "latin-1", "cp437", "mac-roman") else "cafe"
    data = text.encode(enc)
    print(f"{enc:10} {data!r} -> {data.decode(enc)!r}")
print("emoji utf-16:", "\U0001f600".encode("utf-16-le"), b"=\xd8\x00\xde".decode("utf-16-le") == "\U0001f600")
print("BOMs:", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE)
print("utf-8-sig:", "x".encode("utf-8-sig"), b"\xef\xbb\xbfy".decode("utf-8-sig"))

# error handlers, encoding
s = "a\xe9\u20ac\U0001f600z"
for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    print(f"ascii {errors}:", s.encode("ascii", errors), "| latin-1:", s.encode("latin-1", errors))
print("surrogateescape:", b"ok\xff\xfe".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
print("surrogatepass:", "\ud800".encode("utf-8", "surrogatepass"), b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800")
for bad, enc in [("h\xe9llo w\xf6rld", "ascii"), ("\u20ac\u20ac", "latin-1"), ("x\udcff", "utf-8"), ("\u0100", "cp1252")]:
    try:
        bad.encode(enc)
    except UnicodeEncodeError as e:
        print("EncodeError:", e, "|", e.encoding, e.start, e.end, e.reason)

# error handlers, decoding
for data, enc in [(b"ab\xffcd", "utf-8"), (b"\xe2\x82", "utf-8"), (b"\xc3(", "utf-8"), (b"x\x80\x81", "ascii"),
                  (b"a\x00b", "utf-16-le"), (b"\x00\xd8a\x00", "utf-16-le"), (b"\x81", "cp1252")]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print("DecodeError:", e, "|", e.object, e.start, e.end)
    print("  replace:", ascii(data.decode(enc, "replace")), "ignore:", ascii(data.decode(enc, "ignore")),
          "backslashreplace:", ascii(data.decode(enc, "backslashreplace")))
try:
    "x".encode("utf-8", "no-such-handler")
    "\xe9".encode("ascii", "no-such-handler")
except LookupError as e:
    print("LookupError:", e)

# custom error handler
def braces(exc):
    if isinstance(exc, UnicodeEncodeError):
        return "{" + ",".join(hex(ord(c)) for c in exc.object[exc.start:exc.end]) + "}", exc.end
    return "<%d bytes>" % (exc.end - exc.start), exc.end
codecs.register_error("braces", braces)
print("custom:", "a\xe9\xe9b\u20ac".encode("ascii", "braces"), b"a\xff\xfeb".decode("ascii", "braces"))
print("lookup_error:", codecs.lookup_error("braces") is braces, codecs.lookup_error("strict").__name__)
print("builtin handler call:", codecs.lookup_error("replace")(UnicodeEncodeError("ascii", "\xe9x", 0, 1, "bad")))

# UnicodeError objects
e = UnicodeDecodeError("utf-8", b"\x80abc", 0, 1, "invalid start byte")
print(str(e), e.args[1], e.end)
e = UnicodeEncodeError("ascii", "\u20ac\u20ac", 0, 2, "no")
print(str(e))
print(str(UnicodeTranslateError("\u20ac", 0, 1, "untranslatable")))
try:
    UnicodeEncodeError("x")
except TypeError as e:
    print("TypeError:", e)

# escape codecs
print("unicode_escape:", "tab\t\u1234\U0001f600\\'".encode("unicode_escape"))
print("decode:", ascii(b"a\\tb\\x41\\u00e9\\U0001F600\\N{EURO SIGN}\\101\\\\".decode("unicode_escape")))
print("raw_unicode_escape:", "\xe9\u1234\\x".encode("raw_unicode_escape"), ascii(b"\\u00e9\\\\u1234".decode("raw_unicode_escape")))
print("escape_encode:", codecs.escape_encode(b"a'\n\x00\xff"), codecs.escape_decode(b"a\\n\\x41\\'"))
try:
    b"\\x4".decode("unicode_escape")
except UnicodeDecodeError as e:
    print("DecodeError:", e)

# bytes-to-bytes and text transforms through codecs.encode/decode
print("hex:", codecs.encode(b"hi", "hex"), codecs.decode(b"6869", "hex"))
print("base64:", codecs.encode(b"hello", "base64"), codecs.decode(b"aGVsbG8=\n", "base64"))
print("rot13:", codecs.encode("Hello", "rot13"))
try:
    "x".encode("rot13")
except LookupError as e:
    print("LookupError:", e)
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError:", e)

# incremental decoders and encoders, stream reader
dec = codecs.getincrementaldecoder("utf-8")()
parts = [dec.decode(bytes([b])) for b in "h\xe9\u20ac".encode()]
print("incremental utf-8:", parts, repr(dec.decode(b"", final=True)))
dec = codecs.getincrementaldecoder("utf-16")()
print("incremental utf-16:", [dec.decode(b) for b in (b"\xff", b"\xfeh", b"\x00i\x00")])
enc = codecs.getincrementalencoder("utf-16")()
print("incremental encoder:", enc.encode("a"), enc.encode("b"))
print("iterdecode:", list(codecs.iterdecode([b"a\xc3", b"\xa9b"], "utf-8")))
print("utf_8_decode partial:", codecs.utf_8_decode(b"a\xe2\x82"), codecs.utf_8_decode(b"a\xe2\x82", "replace", True))
print("utf_16_ex_decode:", codecs.utf_16_ex_decode(b"\xfe\xff\x00a", "strict", 0, True))
print("charmap:", codecs.charmap_decode(b"\x01\x02", "strict", "xyz"), codecs.charmap_encode("yz", "strict", {ord("y"): 7, ord("z"): b"ZZ"}))

# search functions
def search(name):
    if name == "shout":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode(), len(s)),
                                lambda b, errors="strict": (bytes(b).decode().lower(), len(b)), name="shout")
    return None
codecs.register(search)
print("registered:", "hey".encode("shout"), b"HEY".decode("shout"), codecs.lookup("SHOUT").name)
codecs.unregister(search)
try:
    codecs.lookup("shout2")
except LookupError as e:
    print("LookupError:", e)
