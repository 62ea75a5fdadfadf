# stdlib: json.loads through the accelerated scanner: values, numbers, escapes, hooks, error messages and positions (in code points), nesting limits
import json
from collections import OrderedDict
from decimal import Decimal

print(json.loads('[1, -0, 2.5, -1e3, 1E-2, 0.5e+1, 12345678901234567890123, -98765432109876543210, 1e400, -1e400, 5e-400]'))
print(json.loads('{"a": [true, false, null], "b": {"c": {}}, "d": [], "e": ""}'))
print(json.loads(' \t\n\r[ 1 ,\n 2\t]\r\n '), json.loads('"\\u00e9\\/\\b\\f\\n\\r\\t\\"\\\\"'))
print(json.loads('"\\ud83d\\ude00"') == "😀", len(json.loads('"\\ud83d\\ude00"')), json.loads('"😀é"'))
print(ascii(json.loads('"\\ud800"')), ascii(json.loads('"\\udc00\\ud800x"')), ascii(json.loads('"\\ud800\\u0041"')))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads('{"a": 1, "a": 2}'))
print(json.loads('123'), json.loads('"s"'), json.loads('null'), json.loads(' true '), json.loads('-0.0'))
print(type(json.loads('1')).__name__, type(json.loads('1.0')).__name__, type(json.loads('1e2')).__name__)

# hooks
print(json.loads('{"b": 1, "a": [1.10, 2]}', object_pairs_hook=OrderedDict, parse_float=Decimal))
print(json.loads('{"b": {"x": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1, 2, 3.0]', parse_int=lambda s: "int:" + s, parse_float=lambda s: "float:" + s))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: "const:" + s))
print(json.loads('{"a": {"b": 1}}', object_pairs_hook=lambda p: p, object_hook=lambda d: "unused"))
print(json.loads('"tab\there"', strict=False), json.loads('{"k\nk": "v\x00"}', strict=False))
keys = json.loads('[{"name": 1}, {"name": 2}, {"name": 3}]')
print(all(list(d)[0] is list(keys[0])[0] for d in keys))

decoder = json.JSONDecoder()
print(decoder.raw_decode('{"a": 1} trailing'), decoder.raw_decode('xx [2]', 3))
print(decoder.raw_decode('"😀" [1]'), decoder.raw_decode('😀 [1]', 2))

bad_documents = [
    "", "   ", "[", "]", "[1,", "[1,]", "[1 2]", "[1,,2]", "{", "{}}", '{"a"}', '{"a" 1}', '{"a":}',
    '{"a":1,}', '{"a":1 "b":2}', "{1: 2}", "{'a': 1}", '"abc', '"a\\x"', '"a\\u12"', '"a\\u00zz"',
    '"line\nbreak"', "tru", "nul", "-", "--1", "+1", ".5", "01", "1.", "1e", "0x10", "[1] x", "1 2",
    "NaNa", "Infinit", '["😀" 1]', '{"😀😀": 1,}', '"😀\\x"', "[1, 2, 😀]", "😀",
    '{\n  "a": 1,\n  "b" 2\n}', '[\n1,\n2\n,]',
]
for doc in bad_documents:
    try:
        value = json.loads(doc)
        print(repr(doc), "->", value)
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e.msg, "| pos", e.pos, "line", e.lineno, "col", e.colno)

try:
    json.loads('{"a": "b"', )
except ValueError as e:
    print(type(e).__name__, isinstance(e, json.JSONDecodeError), e.doc, e.args)

# nesting counts against the recursion limit, and leaves it as it was
for doc in ("[" * 100000, '{"a":' * 100000, "[" * 50 + "]" * 50):
    try:
        value = json.loads(doc)
        print("decoded", str(value)[:10])
    except RecursionError as e:
        print("RecursionError", e)
print(json.loads("[" * 100 + "]" * 100) == eval("[" * 100 + "]" * 100))
