# builtins: ranges pickle and copy through __reduce__, narrow and past 64 bits
import copy
import pickle
for r in (range(2, 20, 3), range(0), range(-5, 5, -1), range(10**30, -10**30, -7)):
    assert all(pickle.loads(pickle.dumps(r, p)) == r for p in range(6))
    print(r.__reduce__(), copy.copy(r) == r, copy.deepcopy(r) == r)
