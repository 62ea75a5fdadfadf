"""Dumps the AST of every CPython 3.11 standard library module the parser must handle.

Usage: python3 stdlib_dumps.py OUT_FILE
then:  mvn -pl grammar test -Deddy.stdlibDumps=OUT_FILE -Dtest=StdlibAstTest

Skips modules using match statements or complex literals (not in Eddy's subset). Each
record is two lines: the module's path, and the canonical dump (see oracle.py).
"""
import ast
import os
import sys
import sysconfig
import warnings

from oracle import dump

warnings.simplefilter("ignore")


def main(out_path):
    root = sysconfig.get_paths()["stdlib"]
    written = skipped = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for folder, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d not in ("site-packages", "__pycache__"))
            for name in sorted(files):
                if not name.endswith(".py"):
                    continue
                path = os.path.join(folder, name)
                try:
                    with open(path, encoding="utf-8") as f:
                        src = f.read()
                    tree = ast.parse(src)
                except (SyntaxError, UnicodeDecodeError, ValueError):
                    skipped += 1
                    continue
                if any(isinstance(n, ast.Match) or isinstance(n, ast.Constant) and isinstance(n.value, complex)
                       for n in ast.walk(tree)):
                    skipped += 1
                    continue
                lines = src.replace("\r\n", "\n").replace("\r", "\n").split("\n")
                out.write(path + "\n" + dump(tree, lines) + "\n")
                written += 1
    print(f"{written} modules dumped, {skipped} skipped")


if __name__ == "__main__":
    main(sys.argv[1])
