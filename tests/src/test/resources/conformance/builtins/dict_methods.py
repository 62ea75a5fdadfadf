# builtins: dict methods, insertion order, views, merging, comprehension and iteration patterns
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), "a" in d, 1 in d, len(d))
print(d.pop("a"), d.pop("zz", "absent"), d)
print(d.setdefault("b", 99), d.setdefault("new", []), d)
d["new"].append("x")
print(d)
d.update({"c": 30, "e": 5})
d.update(f=6)
d.update([("g", 7)])
print(d)
print(d.popitem(), d)
keys = d.keys()
d["late"] = 0
print(keys, len(keys), "late" in keys)
print({"x": 1} | {"y": 2}, {"x": 1} | {"x": 2})
m = {"a": 1}
m |= {"b": 2}
print(m)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=True), dict.fromkeys("ab", 0), dict())
copy = m.copy()
copy["a"] = 100
print(m, copy)
m.clear()
print(m, bool(m))
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(counts, key=counts.get), min(counts.values()))
inverted = {}
for k, v in counts.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
nested = {"user": {"name": "ann", "tags": ["a", "b"]}}
print(nested["user"]["tags"][1], nested.get("user", {}).get("age", "n/a"))
print({1: "int", 1.0: "float", True: "bool"})
print({(1, 2): "tuple key", "s": "str key", None: "none key"}[(1, 2)])
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"a": 1, "b": 2}) == list({"b": 2, "a": 1}))
for key, value in {"one": 1, "two": 2}.items():
    print(key, value)
d2 = {"x": 1, "y": 2, "z": 3}
for k in list(d2):
    if d2[k] % 2:
        del d2[k]
print(d2)
try:
    for k in d2:
        d2["new"] = 1
except RuntimeError as e:
    print("RuntimeError", e)
print(list(reversed({"a": 1, "b": 2})), sorted({"b": 1, "a": 2}.items()))
print(dict(zip("abc", range(3))), {k: v for k, v in [("p", 1)]})
