# expressions: indexing and slicing of str, list, tuple and range with steps and out-of-range bounds
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[:], s[5:2])
print(s[::2], s[1::2], s[::-1], s[::-3], s[8:2:-2], s[-1:-4:-1])
print(s[100:], s[-100:3], s[3:100], repr(s[10:]), s[-100:-50], s[2:-2:3])
nums = list(range(10))
print(nums[::3], nums[9:0:-4], nums[-2::-2], nums[::-1][:3])
print(nums[3:3], nums[4:2], nums[-1:0], nums[0:-1:5])
t = (1, 2, 3, 4, 5)
print(t[1:4], t[::-2], t[:0], type(t[1:2]).__name__)
r = range(0, 20, 3)
print(r[2], r[-1], r[1:4], r[::-1], r[::2], list(r[1::3]), len(r[::-1]))
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(grid[1][2], grid[-1][-1], [row[1] for row in grid], grid[::2], grid[1][::-1])
words = "the quick brown fox".split()
print(words[-1][::-1], words[1][1:3], words[::-1][0][0])
copy = nums[:]
copy[0] = 99
print(nums[0], copy[0], copy is nums)
lst = list("abcdef")
lst[1:3] = ["X"]
print(lst)
lst[::2] = [1, 2, 3]
print(lst)
lst[:0] = ["start"]
lst[len(lst):] = ["end"]
print(lst)
del lst[1::2]
print(lst)
b = b"bytes!"
print(b[1:4], b[::-1], b[0], b[-1:])
n = 5
print(s[n - 3:n + 2], s[-n:], s[: n // 2], s[n:n * 2:n - 3])
print("x"[0], "xy"[-2], "hello"[1:-1][1:-1])
try:
    print(s[10])
except IndexError as e:
    print("IndexError", e)
try:
    print(s[::0])
except ValueError as e:
    print("ValueError", e)
try:
    lst[::2] = [1]
except ValueError as e:
    print("ValueError", e)
