# expressions: floor division and modulo follow the sign of the divisor; divmod agrees
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    q, r = a // b, a % b
    print(f"{a:>3} // {b:>3} = {q:>3}   {a:>3} % {b:>3} = {r:>3}   divmod={divmod(a, b)}   check={q * b + r == a}")
print("floats")
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (5, 0.5), (1, 0.3)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 % 5, 0.0 % -5, -5 % 5, 5 % -5)
print(10 ** 30 // 7, -(10 ** 30) // 7, 10 ** 30 % 7, -(10 ** 30) % 7)
print((2 ** 100) // -(2 ** 50), (2 ** 100 + 1) % -(2 ** 50))
print(True // 2, True % 2, 9 // True)
print(-3 // 2 * 2, -(3 // 2) * 2)
print(7 % 3 % 2, 100 // 7 // 2)
print(int(-7 / 2), -7 // 2, round(-7 / 2))
print(-17 % 5, 17 % -5, -17 % -5)
print(5.0 // 0.1, 5.0 % 0.1)
for a in range(-4, 5):
    print(a % 3, end=" ")
print()
for a in range(-4, 5):
    print(a // 3, end=" ")
print()
