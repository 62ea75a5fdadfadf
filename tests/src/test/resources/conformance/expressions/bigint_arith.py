# expressions: arbitrary precision integers: factorials, fibonacci, negatives, conversions
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f50 = fact(50)
print(f50)
print(fact(100) // fact(98), fact(30) % 1000007)
print(len(str(fact(200))), str(fact(200)).count("0"))
a, b = 0, 1
for _ in range(150):
    a, b = b, a + b
print("fib150", a)
big = 2 ** 127 - 1
print(big, big.bit_length(), (big + 1).bit_length())
print(-big // 3, -big % 3, divmod(-big, 10 ** 20))
print(big * big - (big - 1) * (big + 1))
print(int(str(big)) == big, int("-" + "9" * 40) + 1)
print(hex(big), oct(2 ** 40), bin(2 ** 20 + 1))
print(abs(-10 ** 40), -(-10 ** 40), +(-10 ** 40))
print(10 ** 40 > 10 ** 39, -10 ** 40 < -10 ** 39, 10 ** 40 == 10 ** 40)
print(2 ** 64 - 1 == 18446744073709551615, 2 ** 63 == 9223372036854775808)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(2 ** 62 * 4, 4611686018427387904 * 2 * 2)
print(3 ** 100 // 3 ** 98, 7 ** 77 % 10)
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)))
print(float(2 ** 100), int(1e30), int(float(2 ** 60)))
print(round(2 ** 80 / 3), (2 ** 80) // 3)
print(max(2 ** 70, 2 ** 69 * 2 + 1), min(-(2 ** 70), 0))
print(hash(2 ** 100) == hash(2 ** 100), 2 ** 100 in {2 ** 100: 1})
n = 1
for i in range(1, 30):
    n = n * 31 + i
print(n, n.bit_length())
print(123456789 ** 5)
print(-(2 ** 65) >> 3, (2 ** 65) >> 64, 1 << 90, -1 << 90)
