# statements: del of names, list items and slices, dict keys, attributes; errors afterwards
x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
nums = list(range(10))
del nums[0]
print(nums)
del nums[-1]
print(nums)
del nums[1:3]
print(nums)
del nums[::2]
print(nums)
del nums[:]
print(nums)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError", e)
class Thing:
    def __init__(self):
        self.name = "thing"
        self.size = 3
t = Thing()
del t.size
print(hasattr(t, "size"), hasattr(t, "name"))
try:
    del t.size
except AttributeError as e:
    print("AttributeError", e)
a, b, c = 1, 2, 3
del a, c
print("b" in globals(), "a" in globals(), "c" in globals())
nested = {"outer": {"inner": 1, "keep": 2}}
del nested["outer"]["inner"]
print(nested)
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
def local_del():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return f"UnboundLocalError {e}"
print(local_del())
lst = [1, 2, 3]
try:
    del lst[5]
except IndexError as e:
    print("IndexError", e)
for i in range(3):
    pass
del i
print("i" in globals())
