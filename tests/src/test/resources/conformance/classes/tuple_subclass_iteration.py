# classes: a tuple subclass's own __iter__, __getitem__ and __contains__ are used by unpacking, list() and sorted(), and super() reaches tuple's
import itertools
class P(tuple):
    def __iter__(self):
        return itertools.chain(super().__iter__(), ('x',))
    def __getitem__(self, i):
        return ('g', super().__getitem__(i))
    def __contains__(self, v):
        return v == 'x' or super().__contains__(v)
p = P((1, 2))
a, b, c = p
print(a, b, c, p[0], list(p), tuple(p), len(p), 'x' in p, 1 in p, 5 in p, [*p], sorted(p, key=str))
import platform
print(len(platform.uname()), len(list(platform.uname())))
