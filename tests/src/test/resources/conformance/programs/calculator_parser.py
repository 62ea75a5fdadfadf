# programs: a tokenizer and recursive-descent parser/evaluator for arithmetic with variables and functions
import math

class ParseError(Exception):
    pass

TOKEN_SPEC = [("NUM", "0123456789."), ("NAME", "abcdefghijklmnopqrstuvwxyz_"), ("OP", "+-*/%^(),=")]

def tokenize(text):
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        for kind, chars in TOKEN_SPEC:
            if ch in chars:
                if kind == "OP":
                    yield (kind, ch)
                    i += 1
                else:
                    j = i
                    while j < len(text) and (text[j] in chars or (kind == "NAME" and text[j].isdigit())):
                        j += 1
                    word = text[i:j]
                    yield (kind, float(word) if kind == "NUM" and "." in word else int(word) if kind == "NUM" else word)
                    i = j
                break
        else:
            raise ParseError(f"unexpected character {ch!r} at {i}")
    yield ("EOF", None)

class Parser:
    FUNCS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min, "round": round}
    def __init__(self, env):
        self.env = env
    def parse(self, text):
        self.tokens = list(tokenize(text))
        self.pos = 0
        if len(self.tokens) > 2 and self.tokens[0][0] == "NAME" and self.tokens[1] == ("OP", "="):
            name = self.tokens[0][1]
            self.pos = 2
            value = self.expr()
            self.env[name] = value
        else:
            value = self.expr()
        if self.peek()[0] != "EOF":
            raise ParseError(f"trailing input at token {self.pos}: {self.peek()[1]!r}")
        return value
    def peek(self):
        return self.tokens[self.pos]
    def take(self, value=None):
        tok = self.tokens[self.pos]
        if value is not None and tok[1] != value:
            raise ParseError(f"expected {value!r}, found {tok[1]!r}")
        self.pos += 1
        return tok
    def expr(self):
        value = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value
    def term(self):
        value = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value
    def factor(self):
        if self.peek()[1] == "-":
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek()[1] == "^":
            self.take()
            return base ** self.factor()
        return base
    def atom(self):
        kind, value = self.take()
        if kind == "NUM":
            return value
        if kind == "NAME":
            if self.peek()[1] == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek()[1] == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                if value not in self.FUNCS:
                    raise ParseError(f"unknown function {value}")
                return self.FUNCS[value](*args)
            if value not in self.env:
                raise ParseError(f"undefined variable {value}")
            return self.env[value]
        if value == "(":
            inner = self.expr()
            self.take(")")
            return inner
        raise ParseError(f"unexpected token {value!r}")

env = {"pi": 3.14159}
parser = Parser(env)
lines = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "7 % 4 + 10 / 4",
    "x = 5", "y = x * 2 + 1", "x * y", "max(x, y, 3) - min(4, 2)", "sqrt(16) + abs(-3)",
    "round(pi * 100)", "area = pi * 2 ^ 2", "area", "2 ** 3", "1 +", "z + 1", "foo(1)",
    "(1 + 2", "3 $ 4", "10 / (5 - 5)", "1.5 * 4", "big = 2 ^ 100", "big % 1000",
]
for line in lines:
    try:
        result = parser.parse(line)
        print(f"{line:<26} => {result}")
    except ParseError as e:
        print(f"{line:<26} !! ParseError: {e}")
    except ZeroDivisionError as e:
        print(f"{line:<26} !! ZeroDivisionError: {e}")
print(sorted(env.items()))
print(list(tokenize("a1 = 3.5*(b+2)")))
