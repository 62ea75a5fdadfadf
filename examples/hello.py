# hello.py: a first Eddy program, a function, a class and a generator.
# Run it with:  ./eddy examples/hello.py [NAME]
import sys


def greet(name, punctuation="!"):
    """Returns a greeting; the default argument is used when none is given."""
    return f"Hello, {name}{punctuation}"


class Counter:
    """Counts words and remembers the longest one seen."""

    def __init__(self):
        self.counts = {}
        self.longest = ""

    def add(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1
        if len(word) > len(self.longest):
            self.longest = word

    def __repr__(self):
        return f"Counter({len(self.counts)} words, longest={self.longest!r})"


def countdown(n):
    """A generator: yields n, n-1, ... 1 and pauses after each value."""
    while n > 0:
        yield n
        n -= 1


name = sys.argv[1] if len(sys.argv) > 1 else "world"
print(greet(name))
print(greet("Eddy", punctuation="?"))

counter = Counter()
for word in "the quick brown fox jumps over the lazy dog".split():
    counter.add(word)
print(counter)
print("the:", counter.counts["the"])

print("countdown:", list(countdown(5)))
squares = [n * n for n in countdown(4)]
print("squares:", squares, "sum:", sum(squares))
