# stdlib: collections.deque and defaultdict in depth; Counter, namedtuple and OrderedDict basics
from collections import deque, defaultdict, Counter, namedtuple, OrderedDict
dq = deque([1, 2, 3])
dq.append(4)
dq.appendleft(0)
print(dq, len(dq), dq[0], dq[-1])
print(dq.pop(), dq.popleft(), dq)
dq.extend([7, 8])
dq.extendleft([-1, -2])
print(dq)
dq.rotate(2)
print(dq)
dq.rotate(-3)
print(dq)
print(list(dq), 7 in dq, dq.count(7), dq.index(8))
dq.remove(7)
dq.reverse()
print(dq)
bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
print(bounded, bounded.maxlen)
bounded.appendleft(99)
print(bounded)
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
window = deque(maxlen=3)
averages = []
for x in [10, 20, 30, 40, 50]:
    window.append(x)
    averages.append(sum(window) / len(window))
print(averages)
dd = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[word[0]].append(word)
print(dict(dd), dd["z"], "z" in dd, len(dd))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
nested["b"]["x"] += 3
print({k: dict(v) for k, v in nested.items()})
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e)
print(dd.get("q"), "q" in dd, dd.default_factory is list)
c = Counter("abracadabra")
print(c.most_common(2), c["a"], c["z"], sorted(c.items()))
c.update("aaz")
print(c["a"], c["z"], sum(c.values()))
print(Counter([1, 1, 2]) + Counter([2, 3]), Counter(a=3) - Counter(a=1))
Point = namedtuple("Point", ["x", "y"])
p = Point(3, y=4)
print(p, p.x, p[1], p._asdict(), p._replace(x=0), tuple(p), p == (3, 4))
x, y = p
print(x + y, Point._fields)
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od.move_to_end("b")
print(list(od), od.popitem(last=False))
