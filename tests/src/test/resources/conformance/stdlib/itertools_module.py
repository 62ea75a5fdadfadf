# stdlib: itertools building blocks beyond count/islice/cycle/chain
import itertools as it
print(list(it.product("ab", [1, 2])), len(list(it.product(range(3), repeat=2))))
print(list(it.permutations([1, 2, 3])), list(it.permutations("abc", 2))[:3])
print(list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(it.accumulate([3, 1, 4], max)))
print(list(it.accumulate([1, 2, 3], initial=100)))
data = "aaabccddddae"
print([(k, len(list(g))) for k, g in it.groupby(data)])
people = [("ann", "dev"), ("bob", "dev"), ("cy", "ops"), ("di", "dev")]
for role, group in it.groupby(sorted(people, key=lambda p: p[1]), key=lambda p: p[1]):
    print(role, [name for name, _ in group])
print(list(it.takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(it.dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(it.filterfalse(lambda x: x % 2, range(8))), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.zip_longest([1, 2], [3])))
print(list(it.repeat("x", 3)), list(zip(it.repeat(0), "ab")), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.pairwise([1, 2, 3, 4])), list(it.pairwise("a")))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
print(list(it.islice("abcdefg", 2, None)), list(it.islice("abcdefg", None, None, 3)), list(it.islice(range(10), 3, 8, 2)))
print(list(it.chain.from_iterable(it.repeat([1, 2], 2))), next(it.count(5)))
counter = it.count(start=1, step=2)
print([next(counter) for _ in range(4)])
cyc = it.cycle([])
print(list(it.islice(cyc, 5)))
print(sum(1 for _ in it.combinations(range(20), 3)), len(list(it.permutations(range(5)))))
