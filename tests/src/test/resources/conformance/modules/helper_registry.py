"""Module with mutable state shared by everyone who imports it."""
items = []
calls = 0

def register(name):
    global calls
    calls += 1
    items.append(name)
    return len(items)

def snapshot():
    return list(items), calls

module_name = __name__
