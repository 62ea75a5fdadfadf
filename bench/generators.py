# generators: generator functions, yield from delegation through a recursive tree,
# generator pipelines and generator expressions, send() into a running generator.
import sys


class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right


def build(depth, value):
    if depth == 0:
        return None
    return Node(value, build(depth - 1, value * 2), build(depth - 1, value * 2 + 1))


def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.value
        yield from inorder(node.right)


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def running_sum():
    total = 0
    while True:
        x = yield total
        total += x


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 18
    tree = build(n, 1)
    walked = 0
    count = 0
    for v in inorder(tree):
        walked = (walked * 31 + v) % 1000000007
        count += 1
    pipeline = sum(x * x for x in evens(count_up(count * 10)))
    acc = running_sum()
    next(acc)
    last = 0
    for v in count_up(count * 5):
        last = acc.send(v % 13)
    print(f"generators n={n} checksum={walked}:{count}:{pipeline}:{last}")


main()
