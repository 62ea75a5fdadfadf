# stdlib: ast: parse trees with CPython's fields and positions, dump, unparse, literal_eval, node classes, visitors
import ast
import copy

SRC = '''
"""The docstring."""
import os, sys as s
from . import x
from ..a.b import (c as d, e)
@dec
@dec2(1)
def f(a, b: int = 1, /, c=2, *args, d, e=3, **kw) -> None:
    global g
    x: int = 5
    y: list
    x += 1
    del x, y[0]
    return (yield 1)
async def g():
    async with a as b, c:
        await x
    async for i in y:
        pass
    return [i async for i in z if i]
class C(B, metaclass=M):
    z = lambda q, *, r=1: q
    def m(self):
        try:
            raise E from None
        except (A, B) as e:
            pass
        except C:
            ...
        else:
            pass
        finally:
            pass
while a < b <= c is not d not in e:
    break
else:
    continue
for i, (j, *k) in enumerate(x):
    pass
with open(f) as (a, b):
    assert x, "m"
x = {1: 2, **d}
y = {1, 2}
z = [a for a in b for c in d if e]
z2 = {k: v for k, v in x}
z3 = {q for q in r}
z4 = (q for q in r)
t = a[1:2, ::3], b[1], c[...]
s = f"a{b!r:>{w}}c{d=}" "e" f'{x}'
bs = b"ab"; c = 1.5 if x else -2j
n = not a and b or c
w = (y := 10) ** 2 // 3 % 4 @ m << 1 >> 2 | 3 ^ 4 & 5
o = ~x + +y - -z
match p:
    case 1 | 2:
        pass
    case [a, *rest]:
        pass
    case {"k": v, **kw}:
        pass
    case Point(x=0, y=yy) as pt if yy > 0:
        pass
    case None:
        pass
    case str() | b"x" | -1 | 1+2j:
        pass
    case _:
        pass
try:
    pass
except* ValueError:
    pass
print(*a, **k, sep='')
x = 'h\u00e9llo'; y = 1
x = 12345678901234567890123
'''

for mode, src in [('exec', SRC), ('eval', 'a + b*c'), ('single', 'x = 1')]:
    print(ast.dump(ast.parse(src, mode=mode), include_attributes=True, indent=1))
tree = ast.parse(SRC)
print(ast.unparse(tree))
print(ast.dump(ast.parse("x = 'h\u00e9' + y"), include_attributes=True))
print(ast.dump(ast.parse("s = '\U0001F600' + \U0001D518\U0001D52B; t = x\U000E0100 + 1"), include_attributes=True))

print(ast.literal_eval("[1, (2, 'x'), {3: None}, -4.5, 1+2j, {1,2}, b'z', True]"))
try:
    ast.literal_eval("f(1)")
except ValueError as e:
    print("ValueError:", str(e).split(' <')[0])

n = ast.Name('x')
print(n.__dict__, ast.Name._fields, ast.Name.__match_args__, ast.expr._attributes)
print(ast.arguments._attributes, ast.arg._attributes, ast.pattern._attributes)
for args in [(1, 2, 3), (1,)]:
    cls = ast.Name if len(args) == 3 else ast.Pass
    try:
        cls(*args)
    except TypeError as e:
        print("TypeError:", e)
print(ast.Constant(5).kind, ast.FunctionDef.returns, ast.expr.end_lineno, ast.Name.__doc__)
print(ast.stmt.__doc__)
print(ast.cmpop.__doc__, ast.Load.__doc__, ast.AST.__doc__)
print(ast.arguments.__doc__)
print(ast.Load() is ast.Load(), type(ast.parse('x').body[0].value.ctx).__name__)
print(ast.parse('x').body[0].value.ctx is ast.parse('y').body[0].value.ctx)
print(ast.parse('a+b').body[0].value.op is ast.parse('c+d').body[0].value.op)
print(isinstance(ast.Num(3), ast.Constant), ast.Num(3).n, ast.Constant('s').s)
print(ast.Add().__reduce__()[0].__name__, sorted(ast.Name('x', ast.Load()).__reduce__()[2]))
print(ast.Name.__module__, ast.AST.__module__, ast.Name.__mro__)
print(ast.dump(copy.deepcopy(ast.parse('a.b(1)'))))
print([type(x).__name__ for x in ast.walk(ast.parse('a = b + c'))])


class Names(ast.NodeVisitor):
    def visit_Name(self, node):
        print('name', node.id, node.col_offset)


Names().visit(ast.parse('a = b + c'))


class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        return ast.copy_location(ast.Constant(node.value * 2), node)


print(ast.unparse(Double().visit(ast.parse('x = 1 + 2'))))
built = ast.Module([ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant(1)], []))], [])
print(ast.unparse(ast.fix_missing_locations(built)), built.body[0].lineno)
print(ast.get_source_segment(SRC, tree.body[1]))
print(type(compile('x=1', 'f', 'exec', ast.PyCF_ONLY_AST)).__name__)
print(compile(tree, 'f', 'exec', ast.PyCF_ONLY_AST) is tree)
print(ast.increment_lineno(ast.parse('x'), 2).body[0].lineno)
match ast.parse('a + 1').body[0].value:
    case ast.BinOp(ast.Name(id), ast.Add(), ast.Constant(v)):
        print('matched', id, v)
try:
    ast.parse('x = (')
except SyntaxError as e:
    print('SyntaxError:', e.msg, e.lineno)
