# expressions: and/or return one of their operands; evaluation stops as soon as the result is known
calls = []
def t(name, value):
    calls.append(name)
    return value

print(t("a", 0) and t("b", 1), calls)
calls.clear()
print(t("a", 2) and t("b", 3), calls)
calls.clear()
print(t("a", "") or t("b", "fallback"), calls)
calls.clear()
print(t("a", "x") or t("b", "y"), calls)
calls.clear()
print(t("a", 1) and t("b", 0) or t("c", "c"), calls)
calls.clear()
print(t("a", None) or t("b", 0) or t("c", []), calls)
calls.clear()
print(t("a", 1) and t("b", 2) and t("c", 3), calls)
print(0 or 0.0 or "" or [] or {} or None)
print(5 and "five", [] and "never", None and 1, "" or 0)
print(not 0, not "", not [1], not None, not not 3)
print(1 or 1 / 0, 0 and 1 / 0, None or (False or 7))
print([] or [1], [0] or [1], (0,) and "tuple truthy")
name = ""
display = name or "anonymous"
print(display)
config = {"verbose": 0}
print(config.get("verbose") or "default", config.get("missing") or "default")
values = [3, 0, None, "", "x", [], [0]]
print([v or "-" for v in values])
print([bool(v) for v in values])
print(all([]), any([]), all([1, 0]), any([0, 2]))
def check(x):
    return x > 0 and x % 2 == 0 and f"{x} ok"
print(check(4), check(3), check(-2))
print(1 < 2 and "yes" or "no", 2 < 1 and "yes" or "no")
