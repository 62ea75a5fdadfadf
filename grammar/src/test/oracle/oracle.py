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


def run_file(tmp, src):
    """What `python3 x.py` prints on stderr for this source."""
    with open(os.path.join(tmp, "x.py"), "w", encoding="utf-8", newline="") as f:
        f.write(src)
    r = subprocess.run([sys.executable, "-X", "utf8", "x.py"], cwd=tmp, capture_output=True, text=True,
                       encoding="utf-8", errors="replace")
    return r.stderr.replace(os.path.join(tmp, "x.py"), "x.py")


def main():
    records = []
    for src in load("ast_cases.py"):
        tree = ast.parse(src)
        lines = src.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        records.append((src, dump(tree, lines)))
    write("ast.expected", records)

    records = []
    with tempfile.TemporaryDirectory() as tmp:
        for src in load("error_cases.py"):
            try:
                ast.parse(src, filename="x.py")
            except SyntaxError as e:
                text = json.dumps(e.text)
                printed = json.dumps(run_file(tmp, src))
                records.append((src, "\t".join(str(v) for v in (type(e).__name__, e.msg, e.lineno, e.offset,
                                                                 e.end_lineno, e.end_offset, text, printed))))
            else:
                raise AssertionError("no error: " + repr(src))
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
