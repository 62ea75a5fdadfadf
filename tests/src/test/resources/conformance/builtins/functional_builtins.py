# builtins: map, filter, sum, min, max, any, all with keys, defaults, start values and laziness
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(len, ["a", "bb", ""])))
print(list(filter(lambda x: x > 1, [0, 1, 2, 3])), list(filter(None, [0, "", "x", [], [1]])))
m = map(lambda x: print("  mapping", x) or x * 2, [1, 2, 3])
print("map created")
print(next(m), list(m))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 3), sum([[1], [2, 3]], []), sum(()), sum([True, True, False]))
print(sum(range(1, 11), start=-55), sum([1.5, 2.5]), sum([2 ** 64, 1]))
print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("hello"), min("hello"), max([1, 3], [1, 2, 9]))
print(min([], default="empty"), max((), default=None), max([1], default=0))
words = ["kiwi", "fig", "banana", "apple"]
print(min(words, key=len), max(words, key=len), max(words), min(words, key=lambda w: w[-1]))
print(max([("a", 3), ("b", 3), ("c", 1)], key=lambda p: p[1]))
print(min(-3, 2, key=abs), max(-3, 2, key=abs), max(1, 1.0), max(1.0, 1))
print(any([0, 0, 1]), any([]), any(x > 3 for x in [1, 5]), all([1, 2]), all([]), all([1, 0]))
checked = []
def check(x):
    checked.append(x)
    return x > 2
print(any(check(x) for x in [1, 3, 5, 7]), checked)
checked.clear()
print(all(check(x) for x in [3, 4, 1, 8]), checked)
print(list(map(str.upper, "abc")), list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
print(list(map(int, "1 2 3".split())), sum(map(int, "4 5 6".split())))
nums = [5, 3, 8, 1]
print(sorted(filter(lambda n: n % 2, nums)), list(map(lambda n: n * n, filter(lambda n: n > 2, nums))))
print(max(enumerate(nums), key=lambda p: p[1]), min(zip(nums, "abcd")))
try:
    max()
except TypeError as e:
    print("TypeError", e)
try:
    sum(["a"], "")
except TypeError as e:
    print("TypeError", e)
