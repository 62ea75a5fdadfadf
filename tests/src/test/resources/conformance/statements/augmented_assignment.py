# statements: augmented assignment on names, subscripts and attributes; target evaluated once; in-place vs rebinding
trace = []
class Store:
    def __init__(self):
        self.items = {"a": 1}
        self.count = 0
    def __getitem__(self, k):
        trace.append(f"get {k}")
        return self.items[k]
    def __setitem__(self, k, v):
        trace.append(f"set {k}={v}")
        self.items[k] = v

store = Store()
def key():
    trace.append("key()")
    return "a"
store[key()] += 10
print(store.items, trace)
store.count += 5
store.count *= 3
store.count -= 1
store.count //= 2
store.count **= 2
store.count %= 50
print(store.count)
n = 10
n += 1; n -= 2; n *= 3; n /= 2
print(n)
n = 17
n //= 5
print(n)
n <<= 3; print(n)
n >>= 1; print(n)
n |= 1; print(n)
n &= 6; print(n)
n ^= 15; print(n)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
lst = lst + [4]
print(lst, alias, lst is alias)
tup = (1, 2)
tup_alias = tup
tup += (3,)
print(tup, tup_alias)
s = "ab"
s += "cd"
s *= 2
print(s)
counts = {}
for ch in "banana":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
grid = [[0, 0], [0, 0]]
grid[1][0] += 5
grid[0][1] -= 2
print(grid)
lst2 = [1]
lst2 *= 3
print(lst2)
lst2 += "xy"
print(lst2)
d = {"k": [1]}
d["k"] += [2]
d["k"][0] += 100
print(d)
f = 1.5
f **= 2
print(f)
class Counter:
    total = 0
c1 = Counter()
c1.total += 1
print(Counter.total, c1.total)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError", e)
print(t)
