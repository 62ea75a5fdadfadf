# classes: cooperative multiple inheritance with super() and keyword-argument threading
class Component:
    def __init__(self, **kwargs):
        self.log = ["Component"]
        if kwargs:
            self.log.append(f"leftover {sorted(kwargs)}")
class Named(Component):
    def __init__(self, name, **kwargs):
        super().__init__(**kwargs)
        self.name = name
        self.log.append("Named")
class Sized(Component):
    def __init__(self, size=1, **kwargs):
        super().__init__(**kwargs)
        self.size = size
        self.log.append("Sized")
class Colored(Component):
    def __init__(self, color="black", **kwargs):
        super().__init__(**kwargs)
        self.color = color
        self.log.append("Colored")
class Widget(Named, Sized, Colored):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.log.append("Widget")
w = Widget(name="button", size=3, color="red")
print(w.name, w.size, w.color)
print(w.log)
w2 = Widget(name="label", extra=True)
print(w2.size, w2.color, w2.log)
print([c.__name__ for c in Widget.__mro__])
class Logger:
    def save(self, data):
        return ["Logger"] + (super().save(data) if hasattr(super(), "save") else [])
class Validator:
    def save(self, data):
        if not data:
            return ["Validator rejected"]
        return ["Validator"] + super().save(data)
class Storage:
    def save(self, data):
        return [f"Storage saved {data}"]
class Service(Logger, Validator, Storage):
    pass
print(Service().save("record"))
print(Service().save(""))
class Base:
    def value(self):
        return 1
class Double(Base):
    def value(self):
        return super().value() * 2
class PlusTen(Base):
    def value(self):
        return super().value() + 10
class Combo(Double, PlusTen):
    pass
class Combo2(PlusTen, Double):
    pass
print(Combo().value(), Combo2().value())
class Parent:
    @classmethod
    def create(cls):
        return f"created {cls.__name__}"
    @staticmethod
    def util():
        return "parent util"
class Child(Parent):
    @classmethod
    def create(cls):
        return super().create() + " via Child"
    @staticmethod
    def util():
        return "child util / " + Parent.util()
print(Child.create(), Child().create(), Child.util())
