# stdlib: ast: compile() of an ast tree (parsed, transformed or built by hand) runs it; malformed trees are TypeErrors
import ast
src = '''
def f(x, *a, k=2, **kw):
    """doc"""
    total = 0
    for i in range(x):
        if i % 2:
            total += i
        else:
            continue
    return total, a, k, kw
class C:
    y: int = 3
    def m(self):
        return [i * 2 for i in range(3)] + list({1: 2}.items())
print(f(5, 9, k=1, z=3), C().m(), C.y)
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)
match (1, 2):
    case (a, b) if a < b:
        print("match", a, b)
with open(__file__ if False else "/dev/null") as fh:
    print(fh.read() == "")
x = f"{1+1!r:>3}|{'s'}"
print(x, -5 ** 2, not True, 1 < 2 < 3, (lambda q=1: q)(), {*[1, 2]}, [*range(2)], {**{'a': 1}})
'''
tree = ast.parse(src)
code = compile(tree, '<ast>', 'exec')
print(type(code).__name__)
exec(code)
class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
t2 = ast.fix_missing_locations(Double().visit(ast.parse('print(1 + 2, "s")')))
exec(compile(t2, '<ast>', 'exec'))
print(eval(compile(ast.parse('3 * 4', mode='eval'), '<ast>', 'eval')))
built = ast.Module([ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('built')], []))], [])
exec(compile(ast.fix_missing_locations(built), 'b', 'exec'))
for bad, mode in [(ast.Module([ast.Expr(ast.Name('x', ast.Load()))], []), 'exec'),
                  (ast.Expression(ast.Constant(1)), 'exec'),
                  (ast.Module([ast.Expr(ast.Pass(lineno=1, col_offset=0), lineno=1, col_offset=0)], []), 'exec'),
                  (ast.Module([ast.Expr(ast.Name(5, ast.Load(), lineno=1, col_offset=0), lineno=1, col_offset=0)], []), 'exec'),
                  (ast.Module([ast.Expr(ast.Constant([1], lineno=1, col_offset=0), lineno=1, col_offset=0)], []), 'exec')]:
    try:
        compile(bad, 'b', mode)
    except TypeError as e:
        print("TypeError:", str(e).split(' at 0x')[0])
