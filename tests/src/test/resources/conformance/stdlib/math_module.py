# stdlib: math constants and functions with exact or rounded results
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10 ** 20))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), type(math.floor(2.5)).__name__)
print(math.factorial(0), math.factorial(20), len(str(math.factorial(100))))
print(math.gcd(48, 18), math.gcd(0, 5), math.gcd(-12, 8), math.lcm(4, 6), math.gcd(2 ** 100, 6 ** 50))
print(math.comb(10, 3), math.perm(5, 2), math.comb(50, 25), math.prod([1, 2, 3, 4]), math.prod([]))
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3, math.remainder(10, 4))
print(math.pow(2, 10), math.exp(0), math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(0.001), math.log1p(0))
print(round(math.sin(math.pi / 2), 10), round(math.cos(math.pi), 10), round(math.tan(math.pi / 4), 10))
print(round(math.degrees(math.pi), 6), round(math.radians(180), 6), round(math.atan2(1, 1), 6), round(math.hypot(3, 4), 6))
print(round(math.asin(1), 6), round(math.acos(0), 6), round(math.atan(1) * 4, 12))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.01), math.isclose(1, 1.01, rel_tol=0.05), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.isinf(math.inf), math.isinf(1e308), math.isfinite(1.0), math.isfinite(math.nan))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.dist((0, 0), (3, 4)))
print(math.modf(3.75), math.modf(-1.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.floor(10 ** 20 + 0.5), math.ceil(1e16), math.floor(-0.0), math.sqrt(0.0))
print([math.isqrt(n) for n in range(10)])
print(round(math.sqrt(2) ** 2, 12), math.sqrt(2) ** 2 == 2)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.sqrt("4")
except TypeError as e:
    print("TypeError", e)
print(math.cos(0), math.sin(0), math.exp(1) == math.e, math.log(1))
