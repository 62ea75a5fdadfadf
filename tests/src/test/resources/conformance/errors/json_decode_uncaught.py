# errors: a JSONDecodeError from the accelerated scanner, uncaught, after a few caught ones
import json

for doc in ('{"ok": [1, 2]}', '[1, 2'):
    try:
        print(json.loads(doc))
    except json.JSONDecodeError as e:
        print("caught:", e)
config = '{\n  "name": "eddy",\n  "tags": ["a", "b",]\n}'
print(json.loads(config))
