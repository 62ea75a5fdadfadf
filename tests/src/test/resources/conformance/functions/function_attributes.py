# functions: introspectable attributes: __name__, __qualname__, __doc__, __module__, custom attributes
def top():
    """Top-level function."""
    def nested():
        pass
    return nested
class K:
    def method(self):
        pass
    class Inner:
        def deep(self):
            pass
print(top.__name__, top.__qualname__, top.__doc__)
print(top().__name__, top().__qualname__, top().__doc__)
print(K.method.__name__, K.method.__qualname__)
print(K.Inner.deep.__qualname__, K.Inner.__qualname__, K.__name__)
print(top.__module__, K.__module__)
lam = lambda: None
print(lam.__name__, lam.__qualname__)
def tagged():
    return tagged.tag
tagged.tag = "custom attribute"
print(tagged(), hasattr(tagged, "tag"), getattr(tagged, "missing", "default"))
tagged.__doc__ = "assigned doc"
print(tagged.__doc__)
def renamed():
    pass
renamed.__name__ = "new_name"
print(renamed.__name__)
print(type(top).__name__, type(lam).__name__, type(len).__name__, type(K().method).__name__)
print(callable(top), callable(K), callable(K()), callable(K().method))
bound = K().method
print(bound.__name__, bound.__func__ is K.method)
print(str(print.__name__), len.__name__, max.__name__)
