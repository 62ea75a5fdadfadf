# classes: C3 linearization for diamonds and deeper graphs; cooperative super(); inconsistent MRO error
def names(cls):
    return " ".join(c.__name__ for c in cls.__mro__)
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
for cls in (K1, K2, K3, Z):
    print(cls.__name__, ":", names(cls))
class Root:
    def who(self):
        return ["Root"]
class Left(Root):
    def who(self):
        return ["Left"] + super().who()
class Right(Root):
    def who(self):
        return ["Right"] + super().who()
class Bottom(Left, Right):
    def who(self):
        return ["Bottom"] + super().who()
print(Bottom().who(), names(Bottom))
print(Left().who())
class X:
    tag = "X"
class Y(X):
    pass
class W(X):
    tag = "W"
class V(Y, W):
    pass
print("attribute lookup follows mro:", V.tag)
try:
    class Bad(X, Y):
        pass
except TypeError as e:
    print("TypeError", e)
class Mixin:
    def greet(self):
        return "mixin greet + " + super().greet()
class Person:
    def greet(self):
        return "person greet"
class Friendly(Mixin, Person):
    pass
print(Friendly().greet(), names(Friendly))
class Init1:
    def __init__(self, **kw):
        print("Init1 sees", sorted(kw))
        super().__init__()
class Init2:
    def __init__(self, **kw):
        print("Init2 sees", sorted(kw))
        super().__init__()
class Both(Init1, Init2):
    def __init__(self, **kw):
        print("Both sees", sorted(kw))
        super().__init__(**kw)
Both(a=1, b=2)
print(super(Left, Bottom()).who())
print(super(Bottom, Bottom()).who())
