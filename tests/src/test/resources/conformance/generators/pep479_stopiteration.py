# generators: StopIteration raised inside a generator becomes RuntimeError (PEP 479); return is the right way
def leaky():
    yield 1
    raise StopIteration("escaped")
g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError", e)
    print("cause", type(e.__cause__).__name__, e.__cause__)
def uses_next_on_empty():
    it = iter([])
    yield next(it)
try:
    list(uses_next_on_empty())
except RuntimeError as e:
    print("RuntimeError", e)
def safe_next():
    it = iter([])
    try:
        yield next(it)
    except StopIteration:
        return
print(list(safe_next()))
def correct():
    yield 1
    return "finished"
print(list(correct()))
class ManualIterator:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
print(list(ManualIterator()))
def gen_wrapping_iterator():
    yield from ManualIterator()
    yield "after"
print(list(gen_wrapping_iterator()))
def first(iterable):
    for x in iterable:
        return x
    raise ValueError("empty")
print(first([9, 8]))
try:
    first([])
except ValueError as e:
    print("ValueError", e)
def catches_runtime():
    try:
        yield from leaky()
    except RuntimeError as e:
        yield f"converted: {e}"
print(list(catches_runtime()))
print(list(x for x in [1, 2, 3] if x != 2))
def stop_in_genexp():
    it = iter([1])
    return list(next(it) for _ in range(3))
try:
    print(stop_in_genexp())
except RuntimeError as e:
    print("genexp RuntimeError", e)
