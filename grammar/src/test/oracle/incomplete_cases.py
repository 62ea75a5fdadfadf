# REPL inputs (lines joined with "\n") and whether codeop.compile_command says "need more".
CASES = [
    "", "# c", "x = 1", "x = 1\n", "if x:", "if x:\n  pass", "if x:\n  pass\n", "if x:\n  pass\n\n",
    "foo(", "foo(1 2", "foo(1,", "x = 1 +", "x = '''abc", "x = '''abc\n", "x = \\", "x = \\\n",
    "x = 1\ny = 2", "def f():\n  return 1\n", "def f():\n  return 1", "@dec", "@dec\n",
    "class A:\n  def f(self):\n    pass\n", "class A:\n  def f(self):\n    pass", "x = [1,\n 2]",
    "if x:\n  pass\nelse:", "try:\n  pass", "try:\n  pass\n", "x = (1 2", "(", ")", "x = 'abc",
    "if x:\n  y = (", "if x:\n  pass\n  \n", "if x:\n  pass\n# c\n", "for x in y:\n", "x = 1\n\n",
    "if x: pass", "if x: pass\n", "async def f():\n  await x\n", "with a:\n  pass\n\n", "x = [1,\n\n",
    "x = (\n\n\n", "f() = 1", "f() = (", "print 'x'", "if x:\n  pass\n  y = 1", "if x:\n  pass\n# c",
    "while True:\n    x = 1\n    if x:\n        break\n", "while True:\n    x = 1\n    if x:\n        break",
    "def f(", "def f(x):", "def f(x):\n", "lambda x:", "x = \"\"\"", "x = 1 if y", "x = {",
    "x = {'a': 1,", "print(\"hi\")", "import sys", "from os import (", "from os import (path,",
    "class A: pass", "class A: pass\n", "x = f'{y'", "x = 'a\\\nb'", "x = 'a\\\n", "@dec\ndef f():\n  pass\n",
    "try:\n  x\nexcept E:\n  y\n", "try:\n  x\nexcept E:\n  y", "if True:\n  x = 1\n y = 2\n",
    "  x = 1", "x = 1 $", "return 1", "else:", "x =", "if x:\n  pass\nelif y:", "for x in y: pass",
    "x = 1;", "x = 1; y = 2",
]

# More REPL sessions: lines as typed, joined with "\n".
CASES += [
    "def f():\n    if x:\n        return 1", "def f():\n    if x:\n        return 1\n", "def f():\n    if x:\n        return 1\n    ",
    "class A:\n    x = 1\n\n", "for i in range(3):\n    print(i)\nelse:\n    print('done')",
    "for i in range(3):\n    print(i)\nelse:\n    print('done')\n", "x = [\n  1,\n  2,\n]", "d = {\n 'a': 1,",
    "s = '''one\ntwo", "s = '''one\ntwo'''", "if x:\n  y = (1 +\n       2)", "if x:\n  y = (1 +\n       2)\n",
    "while True:\n    try:\n        pass\n    except:\n        break", "while True:\n    try:\n        pass\n    except:\n        break\n",
    "f(x for x in", "x = 1 if", "import", "from x import (a,\n  b", "print(1)\nprint(2)", "x = 1\n\n\n",
    "if x:\n    pass\n  else:", "  ", "\n\n", "# comment\n# another", "x = 1  # comment", "if x:  # comment",
    "async def f():\n    async with a:\n        pass", "@property\ndef f(self):", "@property\ndef f(self):\n    return 1\n",
    "with open(f) as g:\n    data = g.read()\n", "lambda: (", "x = f'{'", "x = f'''{\n", "try:\n    1/0\nexcept ZeroDivisionError as e:",
    "x = 1;\\", "if a:\n    pass\nelif", "x = (yield", "x = 1 +\\\n2", "x = 1 +\\\n2\n",
]
