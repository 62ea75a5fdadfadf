# expressions: bitwise and/or/xor/not and shifts, including negative and big ints
print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~-1, ~0)
print(-12 & 10, -12 | 10, -12 ^ 10, -12 & -10)
print(1 << 0, 1 << 10, 5 << 3, -5 << 3, 1 << 100)
print(1024 >> 3, 1023 >> 3, -1024 >> 3, -1023 >> 3, -1 >> 100, 5 >> 100)
print(0xF0 & 0x3C, 0xF0 | 0x0F, 0xFF ^ 0xAA, bin(0b1100 ^ 0b1010))
print((2 ** 100 - 1) & 0xFF, (2 ** 100) | 1, (2 ** 100) ^ (2 ** 100), ~(2 ** 100))
print(-(2 ** 100) >> 99, -(2 ** 100) & 0xFFFF, -(2 ** 70) | 5)
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ
flags |= EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~READ
print(flags)
flags ^= WRITE | EXEC
print(flags)
x = 0b1011_0110
count = 0
while x:
    x &= x - 1
    count += 1
print("popcount", count, bin(182).count("1"))
print(True & False, True | False, True ^ True, type(True & True).__name__, ~True)
print(1 + 2 << 3, 1 + (2 << 3), 6 & 3 | 8, 6 & (3 | 8), 1 | 2 ^ 3 & 4)
print(5 & 3 == 1, 5 & (3 == 1))
def bits(n, width=8):
    return "".join("1" if n >> i & 1 else "0" for i in reversed(range(width)))
print(bits(5), bits(200), bits(-1), bits(-128))
print([i ^ (i >> 1) for i in range(8)])
print(255 >> 4 << 4, (1 << 8) - 1, -(1 << 8))
