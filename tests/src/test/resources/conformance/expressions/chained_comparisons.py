# expressions: chained comparisons evaluate each operand at most once and stop early
log = []
def v(x):
    log.append(x)
    return x

print(v(1) < v(2) < v(3), log)
log.clear()
print(v(1) < v(0) < v(5), log)
log.clear()
print(v(3) > v(2) >= v(2) != v(1) == v(1), log)
log.clear()
print(v(1) == v(1) is not None, log)
x = 5
print(0 < x < 10, 0 < x > 3, 10 > x <= 5, x == 5 == 5.0, 1 < x in [5, 6])
print(1 < 2 > 1 < 3, 3 < 2 < 1, 1 == 1 != 2, 2 != 2 == 2)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [] < [0], (2,) > (1, 9, 9))
print("apple" < "banana", "Zebra" < "apple", "abc" < "abd", "ab" < "abc", "" < "a")
print([1, [2, 3]] == [1, [2, 3]], (1, 2) == [1, 2], {1: 2} == {1: 2.0})
print(None is None, None == None, None is not False, [] is not [])
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(1 in [1, 2], 3 not in [1, 2], "ell" in "hello", "x" not in "hello", 2 in {2: 0}, 0 in {2: 0})
print(not 1 == 2, not (1 < 2 < 3), (not 1) == 0)
print(2 < 3 == 3 < 4, (2 < 3) == (3 < 4))
y = 7
print(1 <= y <= 7 <= 7 < 8)
print(sorted([3, 1, 2]) == [1, 2, 3] != [3, 2, 1])
print(1.0 == 1 == True, 0 == False == 0.0 == -0.0)
print(float("nan") < 1, float("nan") > 1, float("inf") > 10 ** 300)
