# stdlib: array: typed arrays, their methods, sequence behaviour and errors
import array

print(array.typecodes, array.ArrayType is array.array)
for code in array.typecodes:
    a = array.array(code) if code != "u" else array.array("u", "hi")
    print(code, a.typecode, a.itemsize, repr(a))
a = array.array("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
a.extend(array.array("i", [7]))
a.insert(0, 0)
a.insert(-1, 99)
a.insert(100, 8)
print(a, len(a), a[0], a[-1], a[2:5], a[::-2], 3 in a, 42 in a, a.count(99), a.index(99))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(5)
a.reverse()
print(a, a.tolist(), list(a), a.tobytes()[:8])
a[1] = 50
a[2:4] = array.array("i", [7, 7, 7])
del a[0]
del a[::2]
print(a, a * 2, 2 * a, a + array.array("i", [1]))
b = array.array("i", a)
b += array.array("i", [9])
b *= 2
print(b, b == a, b != a, a < b, array.array("i", [1, 2]) == array.array("l", [1, 2]), array.array("i", [1, 2]) < array.array("i", [1, 3]))
f = array.array("d", [1.5, -2.25, 3])
g = array.array("f", [0.1, 1e40])
print(f, g, f.tobytes(), g.tobytes(), sum(f))
h = array.array("h")
h.frombytes(b"\x01\x00\xff\xff")
h.fromlist([300, -300])
print(h, h.tobytes())
h.byteswap()
print(h)
u = array.array("u", "héllo")
u.fromunicode(" wörld")
print(u, u.tounicode(), u[1], len(u))
big = array.array("Q", [2 ** 64 - 1, 0])
print(big, array.array("L", [2 ** 63]), array.array("B", b"\x00\xff"), array.array("b", b"\x80\x7f"))
print(array.array("d", b"\x00" * 8), array.array("I", [4294967295]).tobytes())
print(list(reversed(array.array("i", [1, 2, 3]))), array.array("i", range(5))[1:4].tolist())

def err(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

for code, v in (("b", 128), ("b", -129), ("B", -1), ("B", 256), ("h", 40000), ("H", -1), ("i", 2 ** 31), ("I", -1),
                ("I", 2 ** 32), ("l", 2 ** 63), ("L", -1), ("q", -2 ** 64), ("Q", 2 ** 64), ("i", 1.5), ("i", "x"),
                ("d", "x"), ("u", "ab"), ("u", 5), ("f", None)):
    err(array.array, code, [v])
err(array.array, "z")
err(array.array, 5)
err(array.array, "ab")
err(array.array, "i", "abc")
err(array.array("i").pop)
err(array.array("i", [1]).pop, 5)
err(array.array("i", [1]).remove, 2)
err(array.array("i", [1]).index, 2)
err(lambda: array.array("i", [1])[5])
err(lambda: array.array("i", [1]) + array.array("d", [1]))
err(lambda: array.array("i", [1]) + [1])
err(array.array("i", [1]).extend, array.array("d"))
err(array.array("h").frombytes, b"\x00")
err(array.array("i").tounicode)
err(array.array("i").fromlist, (1,))
def assign_list():
    x = array.array("i", [1, 2])
    x[0:1] = [1]
err(assign_list)
err(hash, array.array("i"))
