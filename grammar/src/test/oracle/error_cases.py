# Sources that CPython 3.11 rejects; the expected kind, message and location come from ast.parse.
CASES = [
    # missing colon / indentation
    "if x\n  pass\n", "if x\n", "elif_ = 1\nif x:\n    pass\nelif y\n    pass\n", "while x\n    pass\n",
    "for x in y\n  pass\n", "def f()\n  pass\n", "def f() -> int\n  pass\n", "def f:\n  pass\n",
    "class A\n  pass\n", "class A(B)\n  pass\n", "with a\n  pass\n", "with a as b\n  pass\n",
    "try\n  pass\n", "try x:\n  pass\n", "try:\n  pass\nexcept E\n  pass\n", "try:\n  pass\nexcept\n  pass\n",
    "try:\n  pass\nfinally\n  pass\n", "if x:\n  pass\nelse\n  pass\n", "if x y:\n  pass\n",
    "  x = 1\n", "x = 1\n    y = 2\n", "if x:\n    a\n        b\n",
    "if x:\npass\n", "if x:\n", "if x:", "for x in y:\npass\n", "while x:\npass\n", "def f():\nreturn\n",
    "class A:\npass\n", "try:\npass\n", "try:\n  pass\nexcept:\npass\n", "try:\n  pass\nexcept E:\npass\n",
    "try:\n  pass\nexcept* E:\npass\n",
    "try:\n  pass\nfinally:\npass\n", "if x:\n  pass\nelse:\npass\n", "if x:\n  pass\nelif y:\npass\n",
    "with a:\npass\n", "async def f():\npass\n", "def f():\n    if x:\n    y = 1\n",
    "if x:\n    pass\n  y\n", "if True:\n    x = 1\n   y = 2\n", "if x:\n\ty\n        z\n",
    "class A:\n    def f(self):\n        pass\n  x = 1\n",
    "for x in y:\n    pass\nelse:\n", "def f():\n    x = 1\n    return\n  y\n",
    # brackets
    "foo(\n", "x = 1\nfoo(a,\n  b\n\ny = 2\n", "foo(a b\n", "x = )\n", "x = (]\n", "x = (\n]\n", "x = [1, 2\ny = 3\n",
    "foo(a b c\n", "foo(a, 1 +\n", "foo(a b\nc = 1\n", "x = (1 +\n\ny = 2\n", "if x:\n  y = (1,\nz = 2\n",
    "x = (1 2 3\n\n\n", "x = {\n", "x = [\n", "x = ]\n", "x = }\n", "d = {'a': 1,\n'b': 2\n",
    "x =\nfoo(\n", "x = 1 +\ny = (\n", "print(\"a\"\n", "x = (1,\n2 3 +,\n'abc\n",
    # strings
    "x = 'abc\n", "x = f'abc\n", "x = rb'abc\n", "x = '''abc\n\ndef\n", "x = '''abc\n\ndef", "x = \"abc\n",
    "x = 1\ny = 'abc\nz = (\n", "foo(\nx = 'abc\n", "x = 'a\\\nb\n", "x = 1 +\ny = 'abc\n",
    "x = \"\"\"\n", "x = '''''\n",
    # numbers and characters
    "x = 1_\n", "x = 1a\n", "x = 0x\n", "x = 012\n", "x = 0b2\n", "x = 0o8\n", "x = 1e\n", "x = 1__0\n",
    "x = 0b\n", "x = 0o\n", "x = 0x_\n", "x = 1.5e+\n", "x = 1_000_\n", "x = 0_7\n", "x = 1.__class__\n",
    "x = 1\\\n", "x = 1 \\ y\n", "x = 1\n\\", "x = $\n", "x = a ? b\n", "x = !a\n", "x = `a`\n",
    "x = \u20ac\n", "x = \x01\n", "x = 1 <> 2\n",
    # assignment targets
    "f() = 1\n", "1 = x\n", "x + 1 = 2\n", "-x = 1\n", "None = 1\n", "True = 1\n", "... = 1\n",
    "'a' = 1\n", "f'{x}' = 1\n", "x = f() = 1\n", "f() = x = 1\n", "(f()) = 1\n", "[f()] = 1\n",
    "(a, f()) = 1\n", "a, f() = 1\n", "f(), a = 1\n", "f(), a.b = 1\n", "a < b = 1\n", "not a = 1\n",
    "a and b = 1\n", "lambda: 1 = 1\n", "x if y else z = 1\n", "(yield) = 1\n", "x = yield = 1\n",
    "[x for x in y] = 1\n", "{a: b} = 1\n", "{a} = 1\n", "f() = yield\n", "f() = 1 +\n", "f() = 1, 2\n",
    "(a := 1) = 2\n", "await x = 1\n", "a, *b, f() = 1\n",
    "f() += 1\n", "(a, b) += 1\n", "a, b += 1\n", "[a] += 1\n", "1 += 1\n",
    "a, b: int\n", "[a]: int\n", "(a, b): int\n", "f(): int\n", "1: int\n",
    "del f()\n", "del a + 1\n", "del *a\n", "del (a, f())\n", "del 1\n",
    "for f() in x: pass\n", "for 1 in x: pass\n", "for a, f() in x: pass\n", "[x for f() in y]\n",
    "with a as f(): pass\n", "with a as 1: pass\n",
    "if x = 1: pass\n", "while f() = 1: pass\n", "if x.y = 1: pass\n", "[x = 1]\n",
    "f(a.b=1)\n", "f(True=1)\n", "f(1=2)\n",
    "(a.b := 1)\n", "(f() := 1)\n", "[f() := 1]\n",
    # common mistakes
    "print 'hi'\n", "print x\n", "print x, y\n", "exec 'code'\n", "[a b]\n", "x = [1, 2 3]\n",
    "foo(1, 2 3)\n", "x = {1: 2, 3 4}\n", "x = {1: 2, 3}\n", "x = {1:}\n", "x = {1: *a}\n",
    "x = 1 if y\n", "x = 1 if y else\n", "x = (1 if y)\n",
    "x = 1 +\n", "x = 1\ny = 2 +\n", "def f(:\n  pass\n", "x = (1, 2\n", "else:\n  pass\n",
    "elif x:\n  pass\n", "return return\n", "import\n", "from x import\n", "from x import a,\n",
    "from . import\n", "import a.\n", "x = [*a for a in b]\n", "x = {**a for a in b}\n",
    "x = [a, b for a in c]\n", "x = [a, for a in c]\n", "(*a)\n", "x = (*a)\n",
    "f(x for x in y, 1)\n", "f(1, x for x in y)\n", "f(x for x in y,)\n",
    "f(a=1, b)\n", "f(**a, b)\n", "f(**a, *b)\n", "f(x, **a, *b)\n", "f(a=1, b, c)\n",
    "def f(a=1, b): pass\n", "def f(*, **k): pass\n", "def f(*): pass\n", "def f(*a, *b): pass\n",
    "def f(/, a): pass\n", "def f(a, /, b, /): pass\n", "def f(*a, /): pass\n", "def f(**k, a): pass\n",
    "def f(*a=1): pass\n", "def f(**k=1): pass\n", "def f(a=): pass\n",
    "lambda a=1, b: 0\n", "lambda *: 0\n",
    "try:\n  pass\nexcept A, B:\n  pass\n", "try:\n  pass\nexcept* :\n  pass\n",
    "try:\n  pass\nexcept E:\n  pass\nexcept* F:\n  pass\n",
    "try:\n  pass\nexcept* E:\n  pass\nexcept F:\n  pass\n",
    "try:\n  pass\nx = 1\n", "try:\n  pass\n",
    "x = b'\u00e9'\n", "x = '\\x4'\n", "x = b'\\x4'\n", "x = 'a' b'b'\n", "x = '\\N{foo}'\n",
    "x = '\\u12'\n", "x = '\\U0011FFFF'\n",
    "x = f'{}'\n", "x = f'{x!z}'\n", "x = f'{x'\n", "x = f'}'\n", "x = f'{a:{b:{c}}}'\n", "x = f'{a#}'\n",
    "x = f'{a\\\\n}'\n", "x = f'{a b}'\n", "x = f'{1_}'\n", "x = f'{)}'\n", "x = f'{(}'\n",
    "x = f'{a!}'\n", "x = f'{a!r'\n", "x = f'{f()=1}'\n", "x = f'{\"a}'\n",
    "x = 1\nx = f'{a b}'\n", "f'{x}' = 1\n",
    "def f():\n  x = 1\n  return x y\n", "a = 1\nb = 2\nc = d e\n",
    "x = 1 2\n", "x = a.1\n", "x = a..b\n", "x = import\n", "def def(): pass\n", "class 1: pass\n",
    "x = (1 for)\n", "for x in : pass\n", "x += \n", "x = [\n  1,\n  2\n  3\n]\n",
    "if x:\n  pass\n else:\n  pass\n", "x = a[1:2:3:4]\n", "@\ndef f(): pass\n", "x = not\n",
    "f'{lambda: 1}'\n", "[x for x in lambda: y]\n",
    "assert\n", "global\n", "x = lambda: yield\n", "f(**)\n", "f(*)\n", "x = {**}\n", "a.b.c(\n",
]

# More assignment-target corner cases (CPython's second pass).
CASES += [
    "f(), a = 1\n", "f(), a.b = 1\n", "a, f() = 1\n", "a, f() = x = 1\n", "x = a, f() = 1\n",
    "[a, f()] = 1\n", "a, (b, f()) = 1\n", "(a) = 1\nf() = 2\n", "x = 1\n(f()) = 2\n",
    "f() = 1\nfoo(\n", "foo(\nf() = 1\n", "f() = 1\nx = 'abc\n", "f() = 1\nif x:\n    y\n  z\n",
    "a.b = c() = 1\n", "f() = a < b\n", "f() = not x\n", "f() = lambda: 1\n", "f() = *a\n",
    "f() = a if b else c\n", "f() = (yield)\n", "f() = await x\n", "f() = -1\n", "(a, b) = f() = 1\n",
    "x[0] = f() = 2\n", "*a = f() = 1\n", "(*a) = 1\n", "a, *f() = 1\n", "a + b, c = 1\n", "f() + 1 = 2\n",
    "x.y() = 1\n", "x[0]() = 1\n", "{}[0] = f() = 1\n", "None, a = 1\n",
    "(yield x) = 1\n", "x = (yield) = 1\n", "a = yield = 1\n",
    "f() += 1 +\n", "(a, b) += yield\n", "a() -= 1\n", "-a *= 2\n",
    "x: int, y: int\n", "(x, y): int = 1\n", "*a: int\n", "a.b(): int\n", "[x for x in y]: int\n",
    "del f(), a\n", "del a, 1\n", "del (a, b), f()\n", "del [a, *b]\n", "del a.b()\n", "del x if y else z\n",
    "for x, f() in y: pass\n", "for *f() in y: pass\n", "for (a, 1) in y: pass\n", "for x.y() in z: pass\n",
    "async def f():\n    async for f() in y: pass\n", "[x for a, f() in y]\n", "{x for 1 in y}\n",
    "(x for f() in y)\n", "{k: v for f() in y}\n",
    "with a as b, c as f(): pass\n", "with (a as f()): pass\n", "with a as (b, f()): pass\n",
    "with a as b(): pass\n",
]

# Walrus and '=' inside expressions.
CASES += [
    "if x = 1:\n    pass\n", "elif_ = 0\nif a:\n    pass\nelif x = 1:\n    pass\n", "while x = 1: pass\n",
    "while (x = 1): pass\n", "[x = 1, y]\n", "{x = 1}\n", "a[x = 1]\n", "f(x.y = 1)\n",
    "f(x() = 1)\n", "f(None=1)\n", "f(False=1)\n", "f(a, b.c=1)\n", "f(**a=1)\n",
    "(x.y := 1)\n", "(1 := 1)\n", "[a[0] := 1]\n", "f(a.b := 1)\n", "x := 1\n", "f() := 1\n",
    "if f() := 1: pass\n", "x = (y := 1 := 2)\n",
    "if x.y == 1 or x = 2: pass\n", "assert x = 1\n", "return x = 1\n",
]

# Brackets and the unclosed-bracket override.
CASES += [
    "x = (1,\n     2,\n", "x = [1,\n     2,\n\ny = 3\n", "f(a,\n  b\n", "f(a b,\n  c)\n",
    "x = {'a': 1\n'b': 2}\n", "x = (\n  1 +\n)\n", "foo(a, b\n", "foo(a, b c\n", "x = [1, 2 3\n",
    "x = (1, 2 3\n", "def f(a, b:\n    pass\n", "if (a and\n    b:\n    pass\n", "print(f'{x}'\n",
    "x = [\n", "x = [\n\n\n\n", "x = [1,\n 2,\n 3\n", "a = (\n  'abc\n", "a = (1 +\n  'abc\n",
    "a = [1, 2, 3)\n", "a = {1: 2]\n", "a = (1, 2]\n", "f(a, b]\n", "x = (1 \\ 2)\n", "(\n1 \\ 2\n",
]

# Strings and f-strings.
CASES += [
    "x = 'abc' 'def\n", "x = 'abc\\' + y\n", "x = r'abc\\'\n", "x = b'\\xe9' 'abc'\n", "x = f'{a' 'b'\n",
    "x = f'{a}}'\n", "x = f'{{a}'\n", "x = f'{a!x}'\n", "x = f'{a:{b}'\n",
    "x = f'{ }'\n", "x = f'{a b c}'\n", "x = f'{a;b}'\n", "x = f'{a=!z}'\n", "x = f'{a+}'\n",
    "x = f'''{\na b}'''\n", "x = f'{x}' f'{}'\n", "x = f'a' 'b' f'{c!q}'\n", "x = f'{f\"{a b}\"}'\n",
    "x = f'{*a}'\n", "x = f'{**a}'\n", "x = f'{yield from}'\n", "x = f'{(a b)}'\n",
    "x = '\\N'\n", "x = '\\N{'\n", "x = '\\N{}'\n", "x = '\\U00110000'\n", "x = '\\x'\n", "x = '\\u'\n",
    "x = 'a'\nx = '\\x4'\n", "x = b'\\x'\n", "x = b'a' 'b'\n", "x = 'a' f'b' b'c'\n",
    "x = '''\n\n\n", "x = 'a\\\n", "s = \"\"\"abc\n",
]

# Numbers and characters.
CASES += [
    "x = 1.e\n", "x = 1e+\n", "x = 0x1g\n", "x = 0b12\n", "x = 0o9\n", "x = 0xg\n", "x = 1__2\n",
    "x = 1_.5\n", "x = 1._5\n", "x = 1e1_\n", "x = 1_j\n", "x = 09\n", "x = 00_1\n",
    "x = 1andy\n", "x = 1orx\n", "x = 0x1for\n", "x = 1e5x\n", "x = 1.5e5.3\n",
    "x = a\u00a0+ b\n", "x = \u2028\n", "x = 1 # \u20ac\ny = $\n", "x\u20ac = 1\n",
    "x = \x7f\n", "x = a\x0bb\n", "x = [1 \\ 2]\n",
]

# Indentation.
CASES += [
    "if x:\n  a\n    b\n", "def f():\n\tx = 1\n        y = 2\n", "if x:\n        a\n    b\n",
    "  # comment\nx = 1\n  y = 2\n", "\n\n  x = 1\n", "if x:\n    pass\n      # c\n  y\n",
    "class A:\n  def f(self):\n    pass\n   def g(self):\n    pass\n",
    "for i in x:\n\n\nprint(i)\n", "while x:\n# only a comment\n", "if x:\n    y = 1\nelse:\n", "if x:\n    y = 1\nelif z:\n",
    "try:\n    x\nexcept:\n", "try:\n    x\nfinally:\n", "with a:\n", "class A:\n", "def f():\n", "async def f():\n",
    "async def f():\n    async for x in y:\n    pass\n", "async def f():\n    async with a:\n    pass\n",
    "if x:\n    pass\n\tpass\n", "if x:\n\tpass\n    pass\n", "if x:\n        pass\n\tpass\n",
]

# Statements and expressions.
CASES += [
    "else\n", "x = 1 else 2\n", "import a b\n", "import a as\n", "from a import b c\n", "from a import (b\n",
    "from a import (b, c\n", "from import x\n", "from .a import\n", "import (a)\n", "from a import b as c as d\n",
    "global a b\n", "nonlocal\n", "del\n", "raise a b\n", "raise from e\n", "return a b\n", "assert a b\n",
    "pass x\n", "break 1\n", "continue x\n", "def f(x y): pass\n", "def f(a, (b, c)): pass\n", "def f(x, *, y, *, z): pass\n",
    "def f(x) - > int: pass\n", "def (): pass\n", "def f(*, a=1, *b): pass\n",
    "def f(a, **b, c): pass\n", "def f(a, **b, *c): pass\n", "def f(a, **b, /): pass\n", "def f(a=1, /, b): pass\n",
    "def f(a, /, b=1, c): pass\n",
    "class A(x for x in y): pass\n", "class A(*, b): pass\n", "lambda x: pass\n", "lambda (x): x\n",
    "lambda *a, *b: 0\n", "lambda **k, a: 0\n", "lambda a, /, b, /: 0\n", "lambda /: 0\n",
    "x = lambda: (yield\n", "x = [i for i in]\n", "x = [for i in y]\n", "x = [i for in y]\n",
    "x = [i for i y]\n", "x = (i for i in y if)\n", "x = [*]\n", "x = {*}\n", "x = (*)\n", "f(*, a)\n",
    "x = a if b else\n", "x = a if else b\n", "x = a and\n", "x = a or or b\n", "x = a not b\n",
    "x = a not is b\n", "x = a < < b\n", "x = 1 +* 2\n", "x = a ** ** b\n",
    "x = await\n", "await\n", "x = yield from\n", "x = a.b.\n", "x = a[\n]\n", "x = a[]\n",
    "x = f(,)\n", "x = f(a,,b)\n", "x = (,)\n", "x = [,]\n", "x = {,}\n", "x = {:}\n", "x = {1:2:3}\n",
    "x = (1 2)\n", "x = f(1 2)\n", "x = a[1 2]\n", "x = {1 2}\n", "x = [a b c d]\n", "x = (a\n b)\n",
    "x = [\n a\n b\n]\n", "f(a\n  b)\n", "x = [a, b c, d]\n", "x = (a.b c.d)\n", "x = [a() b()]\n",
    "x = ['a' 'b' c]\n", "x = [a 'b']\n", "x = [_ b]\n", "x = [match x]\n", "x = [print 1]\n", "x = (-a b)\n",
    "print 1, 2\n", "print -1 x\n", "print x y\n",
    "exec code\n", "x = print 'a'\n", "foo(print 'a')\n", "if print 'a': pass\n",
    "x = 1\ny = 2\nz = (3\nw = 4\n", "x = (1\n", "x = [1\n", "x = {1\n", "f(\n  a,\n  b,\n", "if x:\n  f(a,\n",
    "try:\n  pass\nexcept A, B, C:\n  pass\n", "try:\n  pass\nexcept A, B as e:\n  pass\n", "try:\n  pass\nexcept (A, B:\n  pass\n",
    "try:\n  pass\nexcept*\n  pass\n", "try:\n  pass\nexcept* E, F:\n  pass\n", "try:\n  pass\nelse:\n  pass\n",
    "try:\n  x\nfinally:\n  y\nexcept:\n  z\n",
    "with a as b c: pass\n", "with (a, b as c: pass\n", "with a,: pass\n",
    "for x in range(10)\n    print(x)\n", "while True\n    pass\n", "if a == 1\n    pass\n", "if a == 1:\n    pass\nelse\n    pass\n",
    "class A(B, C)\n    pass\n", "def f(a, b)\n    pass\n", "def f(a, b) -> None\n    pass\n", "for x in y z:\n  pass\n",
    "@dec\n", "@dec\nx = 1\n", "@dec x\ndef f(): pass\n", "@dec\nasync x\n",
    "async x = 1\n", "async = 1\n", "await = 1\n", "def f(await): pass\n",
    "x = 1; ; y = 2\n", ";\n", "x = 1;;\n", "if x: pass; else: pass\n", "if x: if y: pass\n", "for x in y: for z in w: pass\n",
    "x = 'abc'.\n", "x.1\n", "x = a.if\n", "class if: pass\n", "import if\n",
    "def f():\n  x = (\n  return 1\n", "x = 1\ny = [1, 2\nz = 3\n", "def f(:\n", "f(**kwargs, *args)\n",
    "f(**kw, a=1, *args)\n", "f(a=1, *b, c)\n", "f(a, b=1, c, d)\n",
    "f(x for x in y, z for z in w)\n", "f(a, b for b in c)\n", "f(x for x in y)(a b)\n",
]
