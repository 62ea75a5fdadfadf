# closures: nested functions reading and writing enclosing variables (nonlocal), function
# factories, lambdas stored in lists and dicts, and a decorator that counts calls.
import sys


def counter(start):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc


def adder(k):
    return lambda x: x + k


def counted(fn):
    calls = 0

    def wrapper(*args):
        nonlocal calls
        calls += 1
        return fn(*args)

    wrapper.calls = lambda: calls
    return wrapper


@counted
def mix(a, b):
    return (a * 31 + b) % 1000003


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    c = counter(10)
    adders = [adder(k) for k in range(10)]
    ops = {"double": lambda v: v * 2, "half": lambda v: v // 2, "neg": lambda v: -v}
    names = ["double", "half", "neg"]
    acc = 0
    for i in range(n):
        acc = mix(acc, c(i % 3))
        acc = adders[i % 10](acc)
        acc = ops[names[i % 3]](acc) % 1000003
    print(f"closures n={n} checksum={acc}:{c(0)}:{mix.calls()}")


main()
