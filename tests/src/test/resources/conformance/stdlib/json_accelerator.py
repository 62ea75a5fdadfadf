# stdlib: _json, the accelerator under json: scanstring, encode_basestring(_ascii), make_scanner and make_encoder called directly
import _json
import json


def show(f, *args, **kwargs):
    try:
        print("ok", repr(f(*args, **kwargs)))
    except StopIteration as e:
        print("StopIteration", e.value)
    except Exception as e:
        print(type(e).__name__, e)


print(_json.__doc__.strip(), _json.make_scanner.__name__, _json.make_encoder.__name__, _json.make_scanner.__module__)
print(sorted(n for n in dir(_json) if not n.startswith("_")))

# scanstring: the string whose opening quote is before end, and the index after its closing quote
show(_json.scanstring, '"abc"', 1)
show(_json.scanstring, 'x"abc" tail', 2, False)
show(_json.scanstring, '"a\\u00e9\\ud834\\udd1e"', 1)
show(_json.scanstring, '"a\\ud834x"', 1)
show(_json.scanstring, '"\\ud834\\u0041"', 1)
show(_json.scanstring, '"😀\\u0041" + "😀"', 1)
show(_json.scanstring, '"\\"\\\\\\/\\b\\f\\n\\r\\t"', 1)
show(_json.scanstring, '"a\n"', 1, 0)
for bad in ('"abc', '"a\\', '"a\\u12"', '"a\\u12zz"', '"a\\ud834\\u12zz"', '"a\\q"', '"a\n"', '"😀\x01"'):
    show(_json.scanstring, bad, 1)
show(_json.scanstring, '"abc"', 10)
show(_json.scanstring, '"abc"', -1)
show(_json.scanstring, b'"abc"', 1)
show(_json.scanstring, '"abc"')
show(_json.scanstring, '"abc"', 1, True, 4)
show(_json.scanstring, '"abc"', end=1)
show(_json.scanstring, '"abc"', 1.0)
show(_json.scanstring, '"abc"', 1, 1.0)

# the two quoting functions
show(_json.encode_basestring, 'a"\\\n\x01\x1f\x7fé😀\u2028')
show(_json.encode_basestring_ascii, 'a"\\\n\x01\x1f\x7fé😀\u2028')
show(_json.encode_basestring_ascii, "\b\f\r\t/")
show(_json.encode_basestring, 1)
show(_json.encode_basestring_ascii, b"x")
show(_json.encode_basestring_ascii)
show(_json.encode_basestring, "x", "y")


class Context:
    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = json.decoder._CONSTANTS.__getitem__
    memo = {}


scan = _json.make_scanner(Context())
print(scan.strict, scan.object_hook, scan.object_pairs_hook, scan.parse_float, scan.parse_int)
show(scan, '[1, 2.5, "x", {"a": [true, false, null]}, NaN, -Infinity, Infinity, -0, 1e5, 1E+2, 12.5e-3]', 0)
for text in ('  1', '-', '-x', '01', '1.', '1.e5', '1e', '1e+', '1E-3x', '[1,', '[1,]', '[1 2]', '{"a":1,}',
             '{"a" 1}', '{"a":}', '{', '{1:2}', '[', 'nul', 'tru', 'fals', 'NaNa', 'Infinit', '-Infinity', '"abc',
             '[]', '{}', '[ ]', '{ }', '{"a": {"b": 1}}', '"😀" 1', '["😀", "é", 5]'):
    print(repr(text), end=" ")
    show(scan, text, 0)
show(scan, "1", 5)
show(scan, "1", -1)
show(scan, "😀 12", 2)
show(scan, string="[]", idx=0)
show(scan, b"[]", 0)
show(scan, "[]")
show(scan, "[]", 0, 1)
show(scan, "[]", "0")
show(_json.make_scanner)
show(_json.make_scanner, object())


class Hooks(Context):
    strict = False
    object_hook = staticmethod(lambda d: ("hook", d))
    parse_int = staticmethod(lambda s: ("int", s))
    parse_float = staticmethod(lambda s: ("float", s))
    parse_constant = staticmethod(lambda s: ("const", s))


show(_json.make_scanner(Hooks()), '{"a": [1, -2.0e3, NaN, -Infinity, "x\ty"]}', 0)


class Pairs(Context):
    object_pairs_hook = staticmethod(lambda p: ("pairs", p))
    object_hook = staticmethod(lambda d: ("hook", d))


show(_json.make_scanner(Pairs()), '{"a": 1, "a": 2, "b": {}}', 0)
value = scan('[{"key": 1}, {"key": 2}]', 0)[0]
print("keys shared:", list(value[0])[0] is list(value[1])[0])

# make_encoder: used by json.dumps when indent is None; returns a list holding the text
enc = _json.make_encoder(None, repr, _json.encode_basestring_ascii, None, ": ", ", ", False, False, True)
print(enc.markers, enc.default is repr, enc.encoder is _json.encode_basestring_ascii, enc.indent,
      repr(enc.key_separator), repr(enc.item_separator), enc.sort_keys, enc.skipkeys)
show(enc, {"a": [1, 2.5, None, True, False, "é"], 2: 3, 1.5: 4, None: 5, True: 6, False: 7, -10**30: 8}, 0)
show(enc, [float("nan"), float("inf"), -float("inf"), 1e100, -0.0, 10**25], 0)
show(enc, {(1, 2): 3}, 0)
show(enc, {1, 2}, 0)
show(enc, "plain", 0)
show(enc, 1)
show(enc, 1, 2, 3)
show(enc, obj=(), _current_indent_level=0)
show(enc, 1, "0")
show(_json.make_encoder, [], None, None, None, ":", ",", 0, 0, 0)
show(_json.make_encoder, None, None, None, None, 1, ",", 0, 0, 0)
show(_json.make_encoder, None, None, None, None, ":", b",", 0, 0, 0)
show(_json.make_encoder, None, None, None, None, ":", ",", 0, 0)
strict = _json.make_encoder({}, list, lambda s: 5, None, ":", ",", True, True, False)
show(strict, ["x"], 0)
show(strict, [float("nan")], 0)
show(strict, {float("inf"): 1}, 0)
show(strict, (), 0)
custom = _json.make_encoder({}, list, lambda s: "<" + s + ">", None, "=", ";", True, True, True)
show(custom, {"b": [1, "two"], "a": {3, 4}, (5,): 6}, 0)
unicode = _json.make_encoder({}, str, _json.encode_basestring, 4, ":", ",", True, True, True)
show(unicode, {"z": "é\n😀", "y": [object]}, 0)
show(unicode, {"b": 1, "a": 2, (1,): 3}, 0)
show(unicode, {"b": 1, 2: 2}, 0)

# members are read-only; there are no others
for obj, name in ((scan, "strict"), (scan, "parse_int"), (scan, "memo"), (enc, "markers"), (enc, "allow_nan")):
    for action in (lambda: setattr(obj, name, 1), lambda: getattr(obj, name), lambda: delattr(obj, name)):
        try:
            action()
            print("has", name)
        except AttributeError as e:
            print("AttributeError", e)
print(type(scan).__doc__, "|", type(enc).__doc__, "|", hasattr(scan, "__dict__"), callable(scan), callable(enc))

# the result is a list of chunks: one every 100000 pieces written (scalars, brackets, separators, keys)
chunked = _json.make_encoder(None, None, _json.encode_basestring_ascii, None, ":", ",", False, False, True)
for value in (list(range(50000)), [[]] * 60000, [{}] * 49999, [{"a": [1, True]}] * 20000, ["x"] * 50000, list(range(200000))):
    chunks = chunked(value, 0)
    print(len(chunks), [len(c) for c in chunks], "".join(chunks) == json.dumps(value, separators=(",", ":")))
