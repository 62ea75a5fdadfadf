# calls: plain Python function calls. Recursive fib, then a loop of calls that pass
# positional, keyword, default and *args arguments. Measures call and return overhead.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def add3(a, b, c=1):
    return a + b + c


def kw(x, *, scale=2, offset=0):
    return x * scale + offset


def total(*args):
    s = 0
    for a in args:
        s += a
    return s


def calls(n):
    acc = 0
    for i in range(n):
        acc += add3(i, 1)
        acc += add3(i, 2, c=3)
        acc += kw(i, offset=1)
        acc += total(i, 1, 2)
        acc &= 0xFFFFFFFF
    return acc


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 32
    a = fib(n)
    b = calls(n * 10000)
    print(f"calls n={n} checksum={a}:{b}")


main()
