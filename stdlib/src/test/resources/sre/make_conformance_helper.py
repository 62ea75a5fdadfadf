"""Writes tests/.../conformance/stdlib/helper_sre_codes.py: the arguments CPython 3.11's re
passes to _sre.compile for the patterns sre_module.py uses, so that test can build Pattern
objects through _sre alone. Run with python3 from this folder."""
import re
import _sre
from pathlib import Path

PATTERNS = [
    (r"(\w+) (\w+)", 0), (r"(?P<first>\w+) (?P<last>\w+)", 0), (r"a(b)?c", 0), (r"\d+", 0),
    (r"(a)(b)?", 0), (r"x*", 0), (r"[,;]\s*", 0), (r"([,;])\s*", 0), (r"(?P<k>\w+)=(?P<v>\w*)", 0),
    (r"abc", re.I), (r"^\w+$", re.M), (r".", re.S | re.I | re.M), (r"\w+", re.A), (r"b+", 0),
    (r"(?x) a b", 0), (r"", 0), (r"(a)|(b)", 0), (r"(?P<n>a)|(?P<m>b)", 0), (r"x" * 300, 0),
    (b"(\\w+)=(\\d+)", 0), (b"[a-z]+", re.I), (b"\\w+", re.L), (r"\b", 0), (r"o", 0),
]

captured = []
_orig = _sre.compile


def _capture(*args):
    captured.append(args)
    return _orig(*args)


re._compiler._sre.compile = _capture
lines = ['"""Arguments of _sre.compile for the patterns of sre_module.py, made by CPython 3.11',
         'with stdlib/src/test/resources/sre/make_conformance_helper.py."""', "import _sre", "", "ARGS = {"]
for pattern, flags in PATTERNS:
    captured.clear()
    re._compiler.compile(pattern, flags)
    p, f, code, groups, groupindex, indexgroup = captured[-1]
    lines.append(f"    ({pattern!r}, {int(flags)}): ({p!r}, {int(f)}, {[int(x) for x in code]!r}, {groups}, {dict(groupindex)!r}, {indexgroup!r}),")
lines += ["}", "", "", "def compiled(pattern, flags=0):",
          "    return _sre.compile(*ARGS[pattern, flags])", ""]
target = Path(__file__).resolve().parents[5] / "tests/src/test/resources/conformance/stdlib/helper_sre_codes.py"
target.write_text("\n".join(lines))
print("wrote", target)
