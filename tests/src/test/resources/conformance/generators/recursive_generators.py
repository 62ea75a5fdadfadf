# generators: recursive generators: tree traversals, permutations, combinations, paths in a grid
class Node:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right
def inorder(node):
    if node:
        yield from inorder(node.left)
        yield node.value
        yield from inorder(node.right)
def preorder(node):
    if node:
        yield node.value
        yield from preorder(node.left)
        yield from preorder(node.right)
def leaves(node, depth=0):
    if node is None:
        return
    if node.left is None and node.right is None:
        yield node.value, depth
    yield from leaves(node.left, depth + 1)
    yield from leaves(node.right, depth + 1)
tree = Node(8, Node(3, Node(1), Node(6, Node(4), Node(7))), Node(10, None, Node(14, Node(13))))
print(list(inorder(tree)))
print(list(preorder(tree)))
print(list(leaves(tree)))
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
print(["".join(p) for p in permutations("abc")])
def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items)):
        for tail in combinations(items[i + 1:], k - 1):
            yield (items[i],) + tail
print(list(combinations([1, 2, 3, 4], 2)))
print(sum(1 for _ in combinations(range(10), 3)))
def grid_paths(r, c, path=""):
    if r == 0 and c == 0:
        yield path
        return
    if r > 0:
        yield from grid_paths(r - 1, c, path + "D")
    if c > 0:
        yield from grid_paths(r, c - 1, path + "R")
print(list(grid_paths(2, 2)))
def walk(tree_dict, prefix=""):
    for name in sorted(tree_dict):
        path = prefix + "/" + name
        if isinstance(tree_dict[name], dict):
            yield path + "/"
            yield from walk(tree_dict[name], path)
        else:
            yield f"{path} ({tree_dict[name]} bytes)"
fs = {"etc": {"hosts": 120, "conf": {"a.ini": 5}}, "readme": 300, "empty": {}}
for line in walk(fs):
    print(line)
def partitions(n, largest=None):
    if largest is None:
        largest = n
    if n == 0:
        yield []
        return
    for k in range(min(n, largest), 0, -1):
        for rest in partitions(n - k, k):
            yield [k] + rest
print([p for p in partitions(5)])
gen = inorder(tree)
print(next(gen), next(gen), "early stop leaves the recursion suspended")
