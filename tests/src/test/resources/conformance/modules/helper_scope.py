"""Functions here resolve global names in this module, never in the importer."""
threshold = 10

def above(values):
    return [v for v in values if v > threshold]

def set_threshold(value):
    global threshold
    threshold = value

def make_counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return bump

class Base:
    kind = "base from helper"
    def describe(self):
        return f"{type(self).__name__}: {self.kind}"
