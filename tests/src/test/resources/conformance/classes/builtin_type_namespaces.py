# classes: what metaclass code reads from builtin types: __new__ in their __dict__, int.__repr__, None.__doc__, mappingproxy()
print('__new__' in int.__dict__, '__new__' in str.__dict__, '__new__' in object.__dict__, '__repr__' in int.__dict__)
class MyInt(int):
    def __new__(cls, v):
        return int.__new__(cls, v * 2)
    def __repr__(self):
        return "MyInt(" + int.__repr__(self) + ")"
print(MyInt(4), repr(MyInt(4)), type(MyInt(4)).__name__)
print(None.__doc__, (1).__doc__ is None or isinstance((1).__doc__, str))
from_dict = {'a': 1}
mp = type(type.__dict__)(from_dict)
print(mp['a'], len(mp), list(mp), 'a' in mp, mp.get('b', 0), mp)
from_dict['b'] = 2
print(sorted(mp.items()), repr(mp))
try:
    mp['c'] = 3
except TypeError as e:
    print(e)
class S(str):
    def __str__(self): return 'custom'
print(S('a'), str(S('a')), '%s' % S('a'), format(S('a')))
