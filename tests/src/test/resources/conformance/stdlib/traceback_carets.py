# traceback's position markers: ^ under the call, attribute or name that raised, ~ and ^ around
# a binary operator or a subscript, nothing when the expression is the whole line, the line of
# the expression that raised inside a multi-line statement, and tb_lasti/co_positions agreeing.
import io
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def print_exc():
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue().replace(HERE, ""), end="")


def parse(text):
    key, value = text.split("=")
    return {key: int(value)}


def add(a, b):
    return a + b


def sub(d, k):
    return d[k] * 2


def attr(o):
    return o.missing_attr


def name():
    return undefined_name + 1


def method(o):
    x = o.upper().nothing()
    return x


def multi_line(a):
    return (a +
            1) * int(
        "z")


cases = [lambda: parse("b=two"), lambda: add(1, "x"), lambda: sub({}, "k"), lambda: sub({"k": [1]}, "k") ** 2,
         lambda: attr(5), lambda: name(), lambda: method("s"), lambda: [parse(x) for x in ["a=1", "b=c"]],
         lambda: add(add(1, 2), None), lambda: sorted([3, "a"]), lambda: multi_line(1), lambda: (1 /
    0)]
for c in cases:
    try:
        c()
    except Exception:
        print_exc()
        tb = sys.exc_info()[2]
        while tb.tb_next:
            tb = tb.tb_next
        pos = list(tb.tb_frame.f_code.co_positions())[tb.tb_lasti // 2]
        print("innermost:", tb.tb_lineno, pos[0] == tb.tb_lineno, pos[2] is not None)
        print("-----")


def finally_case():
    try:
        return int("x")
    finally:
        y = 1


try:
    finally_case()
except ValueError:
    print_exc()
