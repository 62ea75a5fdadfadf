# builtins: len, range, enumerate, zip, reversed, sorted on many kinds of sequences and iterables
print(len("hello"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(0, 10, 3)), len(b"ab"), len(""))
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)), list(range(5, 1)))
r = range(3, 30, 4)
print(r, r.start, r.stop, r.step, len(r), 7 in r, 8 in r, r.index(11), r.count(15), r[-2])
print(range(0, 10, 2) == range(0, 9, 2), list(reversed(range(4))), sum(range(101)))
print(list(enumerate("abc")), list(enumerate(["x", "y"], start=10)))
for i, (a, b) in enumerate(zip("pq", [1, 2]), 1):
    print(i, a, b)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2])), list(zip(*[(1, "a"), (2, "b")])))
print(dict(zip(["k1", "k2"], [10, 20])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError", e)
print(list(reversed([1, 2, 3])), "".join(reversed("abc")), tuple(reversed((1, 2))))
print(sorted([3, 1, 2]), sorted("banana"), sorted([3, 1, 2], reverse=True), sorted({"b": 1, "a": 2}))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), sorted([], reverse=True))
stable = sorted([("x", 2), ("y", 1), ("z", 2), ("w", 1)], key=lambda p: p[1])
print(stable)
it = reversed([10, 20, 30])
print(next(it), list(it))
e = enumerate("xy")
print(next(e), next(e), next(e, "end"))
z = zip(range(3), range(10, 13))
print(next(z), list(z))
print(list(zip(range(3), "abcdef", [True, False, None, 0])))
try:
    reversed(x for x in [])
except TypeError as err:
    print("TypeError", err)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 100
print(list(reversed(Seq())), len(Seq()), sorted(Seq(), reverse=True))
