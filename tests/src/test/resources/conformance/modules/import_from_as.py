# modules: from M import names, import M as N, from M import name as alias, and stdlib equivalents
from helper_geometry import Rect, distance as dist, UNIT
import helper_geometry as geo
from math import sqrt, pi as PI
import collections as col
from itertools import islice as take, count
print(Rect(1, 2).area(), dist((1, 1), (4, 5)), UNIT)
print(geo.Rect is Rect, geo.distance is dist)
print(sqrt(81), round(PI, 5), col.deque([1, 2]).pop(), list(take(count(3), 3)))
UNIT = 100
print(UNIT, geo.UNIT)
from helper_geometry import UNIT
print(UNIT)
def local_import():
    from helper_registry import register, snapshot
    register("from-function")
    return snapshot()
print(local_import())
from helper_registry import (
    register,
    snapshot as snap,
)
register("again")
print(snap())
