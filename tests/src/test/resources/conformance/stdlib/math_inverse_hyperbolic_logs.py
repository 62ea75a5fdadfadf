# stdlib: math.log2, log10, asinh, acosh, atanh: special values and last-bit agreement with CPython
import math

special = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 10.0, 1e-300, -1e-300, 5e-324, 1e300, -1e300, 1e16,
           float("inf"), float("-inf"), float("nan"), 3, -7, 2 ** 70, 10 ** 400, 0.999999, 1.000001]
for name in ("log2", "log10", "asinh", "acosh", "atanh"):
    f = getattr(math, name)
    out = []
    for v in special:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))
for name in ("log2", "log10"):
    f = getattr(math, name)
    print(name, [f(i * 0.37) for i in range(1, 30)], [f(1 + i * 0.00071) for i in range(1, 20)])
print([math.asinh(i * 0.0137 - 1.3) for i in range(0, 200, 7)])
print([math.acosh(1 + i * 0.071) for i in range(0, 200, 7)])
print([math.atanh(i * 0.0097 - 0.97) for i in range(0, 200, 7)])
print(math.log2(2 ** 1023), math.log2(2.0 ** -1074), math.log10(10 ** 22), math.log(2 ** 1000, 2), math.log10(1e-310))
