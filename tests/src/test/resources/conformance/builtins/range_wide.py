# builtins: ranges whose bounds or length lie past 64 bits behave as CPython's (longrange_iterator)
import sys

r = range(1 << 1000)
it = iter(r)
print(type(it).__name__, next(it), next(it), it.__length_hint__() == (1 << 1000) - 2)
print(type(iter(range(10))).__name__)

big = range(2**64, 2**64 + 10, 3)
print(big)
print(list(big), len(big), big[1], big[-1], big[1:3])
print(2**64 + 3 in big, 2**64 + 4 in big, 3 in big, 3.0 in range(2**64, 2**64 + 5), float(2**64 + 1) in big)
print(list(reversed(big)), big.index(2**64 + 6), big.count(2**64 + 6), big.count(5))
try:
    big.index(7)
except ValueError as e:
    print("ValueError:", e)

print(range(2**100)[2**70], range(2**100)[-1] == 2**100 - 1)
print(range(-2**70, 2**70, 2**68)[::-1])
print(list(range(-2**70, 2**70, 2**68)[::-3]))
print(range(5)[2:2**80], range(5)[-2**80:2], range(10)[::2**70], range(sys.maxsize)[::2])
try:
    range(3)[2**80]
except IndexError as e:
    print("IndexError:", e)

# len() needs the length to fit a C ssize_t; truth and iteration do not
try:
    len(range(2**64))
except OverflowError as e:
    print("OverflowError:", e)
print(bool(range(2**64)), bool(range(2**64, 0)), len(range(2**64, 2**64 + 7)))
print(range(0, 2**63), type(iter(range(0, 2**63))).__name__)
print(type(iter(range(-2**63, 2**63 - 1))).__name__, range(-2**63, 2**63 - 1)[-1])
print(list(reversed(range(-2**63, 0, 2**62))))

# equality and hashing compare the sequences
print(range(2**64, 2**64 + 1) == range(2**64, 2**64 + 1, 5), hash(range(2**64, 2**64 + 1)) == hash(range(2**64, 2**64 + 1, 5)))
print(range(2**64, 2**64) == range(0), range(2**65, 2**66, 2**60) == range(2**65, 2**66 - 1, 2**60))
print(range(2**64).start, range(2**64).stop, range(1, 2**64, 2**63).step)

# a for loop over a wide range
total = 0
for v in range(2**64 - 2, 2**64 + 2):
    total += v
print(total == 4 * 2**64 - 2)
print(sum(range(10**20, 10**20 + 5)))
