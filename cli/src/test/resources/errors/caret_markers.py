# Where 3.11 draws its markers: ^ under a call or attribute, ~ and ^ around an operator or
# subscript, none when the expression is the whole line; chained tracebacks each get theirs.
def parse(text):
    key, value = text.split("=")
    return {key: int(value)}


def total(items):
    return sum(items[k] * 2 for k in items) + parse("x=y")["x"]


class Box:
    def __init__(self, d):
        self.d = d

    def get(self, k):
        return self.d[k]["inner"]


def scale(box, factor):
    return box.get("a") if factor else box.d["a"] * factor


try:
    scale(Box({"a": {}}), 2)
except KeyError as e:
    try:
        total({"n": 1})
    except ValueError:
        limit = {"a": 1}["a"] + None
