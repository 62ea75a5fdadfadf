"""Geometry helpers used by the import tests."""
import math

print("helper_geometry: module body runs once")

UNIT = 1.0
_hidden = "private by convention"

def area_circle(r):
    return math.pi * r * r

def distance(p, q):
    return math.hypot(q[0] - p[0], q[1] - p[1])

class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def __repr__(self):
        return f"Rect({self.w}x{self.h})"

if __name__ == "__main__":
    print("helper_geometry run as a script")
