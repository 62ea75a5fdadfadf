# errors: expressions nested past CPython's compiler limit are a RecursionError; shallower ones compile
def attempt(label, src):
    try:
        compile(src, "<deep>", "exec")
        print(label, "compiles")
    except RecursionError as e:
        print(label, "RecursionError:", e)
    except SyntaxError as e:
        print(label, "SyntaxError:", e.msg)

for n in (1000, 2500, 5000):
    attempt("plus %d" % n, "x = " + "1 + " * n + "1")
    attempt("minus %d" % n, "x = " + "-" * n + "1")
    attempt("attribute %d" % n, "x = a" + ".b" * n)
    attempt("call chain %d" % n, "x = a" + "()" * n)
    attempt("not %d" % n, "x = " + "not " * n + "1")
attempt("plus 50000", "x = " + "1 + " * 50000 + "1")
for n in (150, 199, 200, 201, 1000):
    attempt("parens %d" % n, "x = " + "(" * n + "1" + ")" * n)
    attempt("brackets %d" % n, "x = " + "[" * n + "1" + "]" * n)
for n in (99, 100):
    attempt("indent %d" % n, "".join(" " * i + "if x:\n" for i in range(n)) + " " * n + "pass\n")
case = "match x:\n    case 1:\npass\n"
attempt("case", case)
exec("y = " + "1 + " * 5000 + "1")
