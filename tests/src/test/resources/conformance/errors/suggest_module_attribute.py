# errors: module and class attributes get suggestions too
import math
class Shape:
    colour = "red"
print(Shape.colour)
try:
    Shape.colur
except AttributeError as e:
    print("not in str():", e, e.name, e.obj is Shape)
math.sqr(4)
