# arith_int: integer arithmetic. Collatz chain lengths, a linear congruential generator,
# gcd by Euclid, floor division and modulo with negative operands, and a few big ints.
import sys


def collatz_len(x):
    steps = 0
    while x != 1:
        x = x // 2 if x % 2 == 0 else 3 * x + 1
        steps += 1
    return steps


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 150000
    longest = 0
    for i in range(1, n):
        c = collatz_len(i)
        if c > longest:
            longest = c
    seed = 12345
    g = 0
    signs = 0
    for _ in range(n * 2):
        seed = (seed * 1103515245 + 12345) % 2147483648
        g += gcd(seed % 10007 + 1, seed % 9973 + 1)
        signs += (-seed) // 7 + (-seed) % 7
    big = 1
    for i in range(1, 300):
        big = big * i + (big >> 3)
    print(f"arith_int n={n} checksum={longest}:{g}:{signs}:{big % 1000000007}:{big.bit_length()}")


main()
