# classes: rich comparisons, reflected comparisons, sorting and min/max of custom objects
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
    def __hash__(self):
        return hash(self.parts)
vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2", "0.9.9", "1.2.3", "2.0"]]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(min(vs), max(vs))
print(Version("1.0") < Version("1.0.1"), Version("2.0") > Version("1.99"), Version("1.2") >= Version("1.2"))
print(Version("3.1") == Version("3.1"), Version("3.1") != Version("3.1.0"), Version("1.0") == "1.0")
print(len(set(vs)), Version("1.2.3") in vs)
try:
    Version("1.0") < 5
except TypeError as e:
    print("TypeError", e)
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f"  {self.n}.__lt__({other.n})")
        return self.n < other.n
    def __gt__(self, other):
        print(f"  {self.n}.__gt__({other.n})")
        return self.n > other.n
print(Loud(1) < Loud(2))
print(Loud(1) > Loud(2))
class OnlyLt:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
print(OnlyLt(5) > OnlyLt(3), OnlyLt(1) > OnlyLt(3))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError", e)
class Student:
    def __init__(self, name, grade):
        self.name, self.grade = name, grade
    def __repr__(self):
        return f"{self.name}:{self.grade}"
roster = [Student("ann", 90), Student("bob", 85), Student("cy", 90), Student("di", 70)]
print(sorted(roster, key=lambda s: (-s.grade, s.name)))
print(sorted(roster, key=lambda s: s.grade))
class Plain:
    pass
p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2)
try:
    sorted([Plain(), Plain()])
except TypeError as e:
    print("TypeError", e)
