"""Writes the Unicode character database Eddy's unicodedata module reads
(stdlib/src/main/resources/dev/eddy/stdlib/unicodedata.txt), and names_sample.txt for its test,
from CPython 3.11's unicodedata (Unicode 14.0.0). Run with python3 from this folder.

unicodedata.txt lines:
  R <start> <category> <bidirectional> <combining> <east_asian_width> <mirrored> <named>
      properties of the code points from start (hex) up to the next R line
  D <code point> <decomposition>
  N <code point> <decimal or -> <digit or -> <numeric as float.hex()>
"""
import unicodedata as u
from pathlib import Path

out = ["# Unicode " + u.unidata_version + " character properties, from CPython's unicodedata by make_unicodedata.py"]
prev = None
for cp in range(0x110000):
    c = chr(cp)
    row = (u.category(c), u.bidirectional(c) or "-", u.combining(c), u.east_asian_width(c), u.mirrored(c),
           1 if u.name(c, None) else 0)
    if row != prev:
        out.append("R %x %s %s %d %s %d %d" % ((cp,) + row))
        prev = row
for cp in range(0x110000):
    d = u.decomposition(chr(cp))
    if d:
        out.append("D %x %s" % (cp, d))
for cp in range(0x110000):
    c = chr(cp)
    n = u.numeric(c, None)
    if n is not None:
        dec = u.decimal(c, None)
        dig = u.digit(c, None)
        out.append("N %x %s %s %s" % (cp, "-" if dec is None else dec, "-" if dig is None else dig, float(n).hex()))
target = Path(__file__).resolve().parents[3] / "main/resources/dev/eddy/stdlib/unicodedata.txt"
target.write_text("\n".join(out) + "\n")
named = [cp for cp in range(0x110000) if u.name(chr(cp), None)]
algorithmic = ("CJK UNIFIED IDEOGRAPH-", "HANGUL SYLLABLE ", "TANGUT IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-")
plain = [cp for cp in named if not u.name(chr(cp)).startswith(algorithmic)]
generated = [cp for cp in named if u.name(chr(cp)).startswith(algorithmic)]
sample = ["%x %s" % (cp, u.name(chr(cp))) for cp in sorted(plain[::23] + generated[::211])]
Path("names_sample.txt").write_text("\n".join(sample) + "\n")
print(len(out), "lines;", len(sample), "sample names")
