# stdlib: json is CPython's package: bytes input, hooks, JSONEncoder subclasses, JSONDecodeError positions
import json
from collections import OrderedDict
from decimal import Decimal
print(json.loads(b'{"b": [1, 2.5, null, true]}'), json.loads(bytearray(b'"x"')))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"a": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('{"z": 1, "y": 2}', object_pairs_hook=OrderedDict), json.loads('1.10', parse_float=Decimal))
class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1}, "t": (1, 2)}, cls=SetEncoder, sort_keys=True, indent=2))
print(json.dumps("é\n", ensure_ascii=False), json.dumps("é"), "".join(json.JSONEncoder().iterencode([1, {"k": None}])))
for bad in ('{"a" 1}', '[1, 2', '{"a": 1,}', ''):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e.msg, e.lineno, e.colno, e.pos)
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError:", e)
