# builtins: list methods: mutation, searching, sorting in place, copying and aliasing
items = [3, 1, 4]
items.append(1)
items.extend([5, 9])
items.extend("ab")
items.insert(0, "first")
items.insert(-1, "before-last")
items.insert(100, "end")
print(items)
print(items.pop(), items.pop(0), items.pop(-2), items)
items.remove(1)
print(items, items.count(1), items.index(4), items.index(1, 2))
nums = [5, 2, 8, 1, 9, 3]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.reverse()
print(nums)
words = ["pear", "Fig", "apple", "date"]
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
print(nums.sort() is None, sorted(nums) is not nums)
a = [1, [2, 3]]
shallow = a.copy()
sliced = a[:]
shallow[1].append(4)
shallow[0] = 99
print(a, shallow, sliced, a == sliced)
a.clear()
print(a, len(a), shallow)
print([1, 2] + [3], [0] * 4, [[0]] * 2, [1, 2] * 0)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 3], [2] > [1, 9], [] == [], [1] != [1.0])
print(3 in [1, 2, 3], [1] in [[1], [2]], "a" not in ["b"])
stack = []
stack.append("a"); stack.append("b"); stack.append("c")
print(stack.pop(), stack.pop(), stack)
queue = ["x", "y", "z"]
print(queue.pop(0), queue)
print(list("abc"), list((1, 2)), list({"k": 1}), list(range(3)), list())
matrix = [[1, 2], [3, 4]]
flat = [x for row in matrix for x in row]
print(flat, sum(flat), max(flat), min(flat), len(matrix))
lst = [0, 1, 2, 3, 4, 5]
lst[1:3] = []
print(lst)
lst[::2] = ["a", "b"]
print(lst)
lst += [6]
lst *= 2
print(lst, lst.count("a"))
print(sorted([[2, "b"], [1, "z"], [2, "a"]]), list(reversed([1, 2, 3])))
dup = [1, 2, 2, 3, 1, 4]
seen = []
for x in dup:
    if x not in seen:
        seen.append(x)
print(seen, list(dict.fromkeys(dup)))
