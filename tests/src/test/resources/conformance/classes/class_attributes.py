# classes: class vs instance attributes, shadowing, shared mutable class state, dynamic attributes
class Dog:
    species = "canis"
    tricks = []
    count = 0
    def __init__(self, name):
        self.name = name
        self.own_tricks = []
        Dog.count += 1
    def learn(self, trick):
        self.tricks.append(trick)
        self.own_tricks.append(trick)
rex, fido = Dog("rex"), Dog("fido")
rex.learn("sit")
fido.learn("roll")
print(Dog.tricks, rex.own_tricks, fido.own_tricks, Dog.count)
rex.species = "wolf"
print(rex.species, fido.species, Dog.species)
del rex.species
print(rex.species)
Dog.species = "canis lupus"
print(rex.species, fido.species)
setattr(fido, "age", 3)
print(getattr(fido, "age"), hasattr(rex, "age"), getattr(rex, "age", None))
delattr(fido, "age")
print(hasattr(fido, "age"))
try:
    getattr(rex, "color")
except AttributeError as e:
    print("AttributeError", e)
try:
    Dog.missing
except AttributeError as e:
    print("AttributeError", e)
class Config:
    DEBUG = False
    LEVELS = ("low", "high")
    def toggled(self):
        return not self.DEBUG
c = Config()
print(c.toggled(), Config.LEVELS[1])
c.DEBUG = True
print(c.toggled(), Config().toggled())
class Temp:
    pass
t = Temp()
t.x = 1
t.y = [t.x, 2]
print(t.x, t.y, sorted(t.__dict__))
Temp.shared = "added to class later"
print(t.shared, Temp().shared)
def method(self):
    return f"dynamic method on {type(self).__name__}"
Temp.dynamic = method
print(t.dynamic())
class Outer:
    value = 10
    class Nested:
        value = 20
    computed = value * 2
print(Outer.value, Outer.Nested.value, Outer.computed)
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class SubCounter(Counter):
    pass
Counter(); SubCounter(); SubCounter()
print(Counter.instances, SubCounter.instances)
print(Dog.__name__, rex.__class__.__name__, rex.__class__ is Dog)
