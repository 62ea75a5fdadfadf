# classes: container dunders: __len__, __getitem__ with ints and slices, __setitem__, __delitem__, __contains__, __iter__
class Ring:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, index):
        if isinstance(index, slice):
            return Ring(self.items[index])
        return self.items[index % len(self.items)]
    def __setitem__(self, index, value):
        self.items[index % len(self.items)] = value
    def __delitem__(self, index):
        del self.items[index % len(self.items)]
    def __contains__(self, value):
        print(f"  contains({value!r})")
        return value in self.items
    def __iter__(self):
        return iter(self.items)
    def __repr__(self):
        return f"Ring({self.items})"
r = Ring("abcde")
print(len(r), r[0], r[7], r[-1], r[1:3], r[::-2])
r[6] = "B"
print(r)
del r[10]
print(r, len(r))
print("c" in r, "z" in r, "z" not in r)
print(list(r), [x.upper() for x in r], sorted(r, reverse=True))
a, b, *rest = r
print(a, b, rest)
print(bool(Ring([])), bool(Ring([0])))
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares())
for v in Squares():
    print("legacy iteration", v)
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        row, col = key
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __len__(self):
        return len(self.cells)
g = Grid()
g[0, 1] = "X"
g[2, 2] = "O"
for row in range(3):
    print("".join(g[row, col] for col in range(3)))
print(len(g))
class Registry(dict):
    def __missing__(self, key):
        return f"<no {key}>"
reg = Registry(a=1)
print(reg["a"], reg["zz"], len(reg))
try:
    Ring([])[0]
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    len(Squares())
except TypeError as e:
    print("TypeError", e)
