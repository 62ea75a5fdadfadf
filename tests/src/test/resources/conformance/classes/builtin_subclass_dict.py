# The __dict__ of an instance of a subclass of a builtin type (deque, list, str) is live:
# writes to it are attributes, and copy, deepcopy and pickle carry the attributes over.
import collections, copy, pickle
class D(collections.deque):
    pass
d = D([1, 2]); d.tag = "x"
d.__dict__["other"] = 5
print(d.__dict__, d.other)
e = copy.copy(d); print(type(e).__name__, list(e), e.__dict__)
f = pickle.loads(pickle.dumps(d)); print(type(f).__name__, list(f), f.__dict__)
class L(list): pass
l = L([1]); l.a = 1; l.__dict__.update(b=2); print(l.b, l.__dict__, copy.deepcopy(l).__dict__)
class S(str): pass
s = S("x"); s.__dict__["q"] = 3; print(s.q, vars(s))
