# modules: import M; module attributes, functions, classes and constants; module body runs once
import helper_geometry
print(helper_geometry.UNIT, round(helper_geometry.area_circle(2), 4))
print(helper_geometry.distance((0, 0), (3, 4)))
r = helper_geometry.Rect(2, 5)
print(r, r.area(), type(r).__name__, isinstance(r, helper_geometry.Rect))
print(helper_geometry.__name__, helper_geometry.__doc__)
print(helper_geometry._hidden)
import helper_geometry
import helper_geometry as again
print(again is helper_geometry)
print(hasattr(helper_geometry, "area_circle"), hasattr(helper_geometry, "nope"))
print(round(helper_geometry.math.sqrt(2), 3))
helper_geometry.UNIT = 2.5
print(again.UNIT)
def use_inside_function():
    import helper_geometry as g
    return g.UNIT
print(use_inside_function())
print(type(helper_geometry).__name__)
