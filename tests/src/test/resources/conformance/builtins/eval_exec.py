# builtins: eval, exec, compile, globals() as the live module dict, code objects and function attributes
print(eval("1+2"))
g = {}
exec("x = 1\ndef f(): return x", g)
print(g["x"], g["f"](), '__builtins__' in g)
g["x"] = 10
print(g["f"]())
print(globals()["__name__"])
globals()["zz"] = 5
print(zz)
y = 3
print(eval("y * 2"), eval("y + q", {"y": 1}, {"q": 2}))
ns = {}
exec("a = 1\nb = a + 1", {}, ns)
print(ns)
def h():
    loc = 4
    return eval("loc + 1"), sorted(locals())
print(h())
c = compile("a + 1", "q.py", "eval")
print(c.co_name, c.co_filename, eval(c, {"a": 2}))
c2 = compile("for i in range(2): print('loop', i)", "<s>", "exec")
exec(c2)
exec(compile("1 + 1", "<s>", "single")); exec(compile("None", "<s>", "single"))
try: exec(compile("1\n2", "<s>", "single"))
except SyntaxError as e: print(e.msg)
try:
    compile("x=", "f.py", "exec")
except SyntaxError as e:
    print(e, e.args[0], e.lineno, e.offset, repr(e.text.strip()), e.filename)
try:
    eval("x=1")
except SyntaxError as e:
    print(type(e).__name__)
try: compile("1", "f", "bad")
except ValueError as e: print(e)
for bad in [lambda: eval("1", 1), lambda: exec("1", 1), lambda: eval("1", {}, 1), lambda: exec("1", {}, 1), lambda: eval(1), lambda: exec(1)]:
    try: bad()
    except TypeError as e: print(e)
from collections import namedtuple
def f(a, b=2, *args, c, d=4, **kw):
    z = 1
    def inner(): return z
    return inner
co = f.__code__
print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_varnames, co.co_flags, co.co_cellvars)
print(f.__defaults__, f.__kwdefaults__, f.__globals__ is globals(), f.__closure__, f(1, c=3).__closure__[0].cell_contents)
print(f(1, c=3).__code__.co_freevars, f(1, c=3).__code__.co_flags)
def gen(): yield 1
async def co_(): pass
print(gen.__code__.co_flags, co_.__code__.co_flags)
exec("def made(n): return n * 2", globals())
print(made(21))
print(eval("__name__"), eval("len('abc')"))
class K:
    v = 5
    print(eval("v"), sorted(locals()))
src = """
class P:
    def m(self): return 'm'
result = P().m()
"""
d = {}
exec(src, d)
print(d['result'], d['P'].__module__)
print(len(globals()) > 5, 'h' in globals(), list(globals())[0])
