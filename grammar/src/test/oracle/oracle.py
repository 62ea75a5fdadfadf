"""Writes the expected results of the parser tests from CPython 3.11 itself.

Usage: python3 oracle.py   (from any directory; needs CPython 3.11)

Reads ast_cases.py, error_cases.py and incomplete_cases.py next to this file and writes
src/test/resources/dev/eddy/parser/{ast,errors,incomplete}.expected, one record per case:
a line "### <n>" where n is the length of the source in characters, the source, a line
break, and the expected result on one line.
"""
import ast
import codeop
import json
import os
import struct
import subprocess
import sys
import tempfile
import warnings

assert sys.version_info[:2] == (3, 11), "the oracle must be CPython 3.11"
warnings.simplefilter("ignore")

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "dev", "eddy", "parser")

RENAME = {"List": "ListExpr", "Tuple": "TupleExpr", "Set": "SetExpr", "Dict": "DictExpr", "Expr": "ExprStmt",
          "arguments": "Arguments", "arg": "Arg", "keyword": "Keyword", "alias": "Alias",
          "comprehension": "Comprehension", "withitem": "WithItem"}
SKIP = {"type_comment", "kind", "type_ignores"}


def camel(name):
    parts = name.split("_")
    return parts[0] + "".join(p.title() for p in parts[1:])


def dump(node, lines):
    """The canonical dump the Java side also produces (columns in characters, not bytes)."""
    def col(line, byte_col):
        return len(lines[line - 1].encode("utf-8")[:byte_col].decode("utf-8", "replace"))

    def d(x):
        if isinstance(x, ast.expr_context):
            return type(x).__name__.upper()
        if isinstance(x, (ast.operator, ast.unaryop, ast.cmpop, ast.boolop)):
            return type(x).__name__
        if isinstance(x, ast.AST):
            fields = []
            for f in x._fields:
                if f in SKIP:
                    continue
                v = getattr(x, f)
                if f in ("is_async", "simple"):
                    v = bool(v)
                fields.append((camel(f), d(v)))
            fields.sort()
            s = RENAME.get(type(x).__name__, type(x).__name__) + "(" + ", ".join(f"{k}={v}" for k, v in fields)
            if "lineno" in x._attributes:
                s += ", " if fields else ""
                s += f"@{x.lineno}:{col(x.lineno, x.col_offset)}-{x.end_lineno}:{col(x.end_lineno, x.end_col_offset)}"
            return s + ")"
        if isinstance(x, list):
            return "[" + ", ".join(d(e) for e in x) + "]"
        if x is None:
            return "None"
        if x is Ellipsis:
            return "Ellipsis"
        if isinstance(x, bool):
            return str(x)
        if isinstance(x, int):
            return str(x)
        if isinstance(x, float):
            return "f" + format(struct.unpack("<Q", struct.pack("<d", x))[0], "x")
        if isinstance(x, str):
            return json.dumps(x)
        if isinstance(x, bytes):
            return "b" + x.hex()
        raise TypeError(type(x))

    return d(node)


def load(name):
    scope = {}
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        exec(f.read(), scope)
    return scope["CASES"]


def write(name, records):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        for src, result in records:
            f.write(f"### {len(src)}\n{src}\n{result}\n")


# Installed as sitecustomize: reports the SyntaxError of the script being run, as CPython
# raised it when parsing the file (file mode differs from compile() on a string in the text
# kept and in offsets at end of file).
HOOK = """
import json, sys
def hook(t, v, tb):
    if isinstance(v, SyntaxError):
        sys.stderr.write("ATTRS " + json.dumps([t.__name__, v.msg, v.lineno, v.offset,
                                                v.end_lineno, v.end_offset, v.text]) + "\\n")
    sys.__excepthook__(t, v, tb)
sys.excepthook = hook
"""


def run_file(work, site, src):
    """The SyntaxError `python3 x.py` raises for this source, and what it prints on stderr."""
    with open(os.path.join(work, "x.py"), "w", encoding="utf-8", newline="") as f:
        f.write(src)
    env = dict(os.environ, PYTHONPATH=site, PYTHONIOENCODING="utf-8")
    r = subprocess.run([sys.executable, "x.py"], cwd=work, capture_output=True, text=True, encoding="utf-8",
                       errors="replace", env=env)
    lines = r.stderr.split("\n")
    marker = [i for i, l in enumerate(lines) if l.startswith("ATTRS ")][0]
    attrs = json.loads(lines[marker][len("ATTRS "):])
    # Only the report itself: warnings printed before it are not the parser's business here.
    printed = "\n".join(lines[marker + 1:]).replace(os.path.join(work, "x.py"), "x.py")
    return attrs, printed


def main():
    records = []
    for src in load("ast_cases.py"):
        tree = ast.parse(src)
        lines = src.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        records.append((src, dump(tree, lines)))
    write("ast.expected", records)

    records = []
    with tempfile.TemporaryDirectory() as tmp:
        site = os.path.join(tmp, "site")
        os.mkdir(site)
        with open(os.path.join(site, "sitecustomize.py"), "w") as f:
            f.write(HOOK)
        work = os.path.join(tmp, "work")
        os.mkdir(work)
        for src in load("error_cases.py"):
            try:
                ast.parse(src, filename="<oracle>")
            except SyntaxError:
                pass
            else:
                raise AssertionError("no error: " + repr(src))
            attrs, printed = run_file(work, site, src)
            kind, msg, lineno, offset, end_lineno, end_offset, text = attrs
            records.append((src, "\t".join(str(v) for v in (kind, msg, lineno, offset, end_lineno, end_offset,
                                                             json.dumps(text), json.dumps(printed)))))
    write("errors.expected", records)

    records = []
    for src in load("incomplete_cases.py"):
        try:
            incomplete = codeop.compile_command(src, "<input>", "single") is None
        except (SyntaxError, ValueError, OverflowError):
            incomplete = False
        records.append((src, str(incomplete).lower()))
    write("incomplete.expected", records)


if __name__ == "__main__":
    main()
