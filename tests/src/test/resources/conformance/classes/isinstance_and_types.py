# classes: isinstance/issubclass with tuples and builtins, type() identity, bool-is-int, object root
class Animal: pass
class Mammal(Animal): pass
class Bird(Animal): pass
class Bat(Mammal): pass
b = Bat()
print(isinstance(b, Bat), isinstance(b, Animal), isinstance(b, Bird), isinstance(b, (Bird, Mammal)))
print(issubclass(Bat, (Bird, Animal)), issubclass(Bird, Mammal), issubclass(bool, int), issubclass(int, object))
print(type(b) is Bat, type(b) == Mammal, type(Bat) is type, type(type) is type)
print(isinstance(Bat, type), isinstance(5, object), isinstance(None, object), isinstance(int, object))
checks = [1, 1.0, True, "1", b"1", [1], (1,), {1}, {1: 1}, None, range(1), frozenset([1])]
for v in checks:
    print(f"{type(v).__name__:>10}", isinstance(v, int), isinstance(v, (list, tuple)), isinstance(v, str))
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
print(type(len).__name__, type(lambda: 0).__name__, type(Animal).__name__, type(object).__name__)
print(int.__name__, str.__mro__[-1].__name__, [c.__name__ for c in bool.__mro__])
print(isinstance(True, bool), isinstance(1, bool), True + 1, isinstance(ValueError(), Exception))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
print(type(3)(4.9), type("x")(5), type([])((1, 2)), type(b)().__class__.__name__)
try:
    isinstance(b, "Bat")
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(b, Animal)
except TypeError as e:
    print("TypeError", e)
class MyInt(int):
    def double(self):
        return MyInt(self * 2)
m = MyInt(21)
print(m, m.double(), m + 1, type(m + 1).__name__, type(m.double()).__name__, isinstance(m, int))
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), type(ml).__name__, type(ml[:2]).__name__)
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
print(MyStr("hey").shout(), MyStr("a") + "b", isinstance(MyStr(""), str))
