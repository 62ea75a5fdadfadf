# stdlib: the _sre module under re: Pattern and Match objects built with _sre.compile directly
import _sre
import copy
from helper_sre_codes import compiled

print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize())
print(_sre.ascii_iscased(ord('a')), _sre.ascii_iscased(ord('1')), _sre.ascii_iscased(0xe9))
print(_sre.unicode_iscased(0xe9), _sre.unicode_iscased(ord('1')), _sre.unicode_iscased(0x3a3))
print(_sre.ascii_tolower(ord('A')), _sre.ascii_tolower(0xc9), _sre.unicode_tolower(0xc9), _sre.unicode_tolower(0x130))

p = compiled(r"(\w+) (\w+)")
m = p.match("Isaac Newton, physicist")
print(m)
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2), m[0], m[2])
print(m.groups(), m.groupdict(), m.start(), m.end(), m.span(), m.span(2), m.start(2), m.end(1))
print(m.regs, m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re is p)
for bad in (3, -1, "x", 1.5):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
print(p.groups, p.groupindex, p.flags, p.pattern)
print(repr(p))

n = compiled(r"(?P<first>\w+) (?P<last>\w+)").search("  Malcolm Reynolds  ")
print(n, n.group("first"), n["last"], n.groupdict(), n.lastgroup, n.span("last"))
print(compiled(r"(?P<first>\w+) (?P<last>\w+)").groupindex)

o = compiled(r"a(b)?c")
print(o.match("ac").groups(), o.match("ac").groups("-"), o.match("ac").group(1), o.match("ac").span(1))
print(o.match("abc").groups(), o.match("xac"), o.search("xac"), o.fullmatch("acx"), o.fullmatch("abc"))
print(o.match("xxac", 2), o.search("abcabc", 1), o.search("abcabc", 1, 5), o.match("ac", pos=0, endpos=1))

d = compiled(r"\d+")
print(d.findall("a1b22c333"), d.findall("a1b22c333", 2), d.findall("a1b22c333", 2, 6), d.findall("none"))
print([x.span() for x in d.finditer("10 20 30")], [x.group() for x in d.finditer("10 20 30", 3)])
print(d.sub("#", "a1b22c333"), d.sub("#", "a1b22c333", 2), d.sub("#", "a1b22c333", count=1))
print(d.subn("#", "a1b22c333"), d.subn(lambda m: str(int(m.group()) * 2), "a1b22c333"))
print(d.sub(lambda m: "", "a1b2"), d.split("a1b22c333"), d.split("a1b22c333", 1), d.split("a1b22c333", maxsplit=2))

ab = compiled(r"(a)(b)?")
print(ab.findall("ab a xab"), ab.match("a").lastindex, ab.match("ab").lastindex)
x = compiled(r"x*")
print(x.findall("axxb"), x.sub("-", "abxd"), x.split("axbc"), [m.span() for m in x.finditer("xax")])
print(compiled(r"").split("abc"), compiled(r"").sub("-", "ab"), compiled(r"\b").split("ab cd"))
sep = compiled(r"[,;]\s*")
print(sep.split("a, b;c,  d"), compiled(r"([,;])\s*").split("a, b;c"), compiled(r"(a)|(b)").split("xaybz"))
kv = compiled(r"(?P<k>\w+)=(?P<v>\w*)")
print(kv.findall("a=1, b=, c=3"), [m.groupdict() for m in kv.finditer("a=1 b=2")])
print(compiled(r"(?P<n>a)|(?P<m>b)").match("b").lastgroup, compiled(r"(a)|(b)").match("b").lastindex)

s = compiled(r"\d+").scanner("1 22 333")
print(s.search(), s.search(), s.search(), s.search(), s.search())
s = compiled(r"\d+").scanner("12a")
print(s.match(), s.match(), s.match(), s.pattern)

for pat, flags in ((r"abc", 2), (r"^\w+$", 8), (r".", 2 | 8 | 16), (r"\w+", 256), (r"(?x) a b", 0), (r"x" * 300, 0)):
    print(repr(compiled(pat, flags)))
print(repr(compiled(b"(\\w+)=(\\d+)")), repr(compiled(b"\\w+", 4)))
print(compiled(r"abc", 2).match("ABC"), compiled(r"^\w+$", 8).findall("ab\ncd\n"), compiled(r".", 2 | 8 | 16).findall("a\nB"))
print(compiled(r"\w+", 256).findall("héllo wörld"), compiled(r"(\w+) (\w+)").findall("héllo wörld"))
print(compiled(r"o").sub("0", "foo boo"), compiled(r"b+").split("abbcbd"), compiled(r"x" * 300).match("x" * 301))
print(compiled(r"(\w+) (\w+)").match("x" * 60 + " y"))

bp = compiled(b"(\\w+)=(\\d+)")
bm = bp.search(b"  key=42 ")
print(bm, bm.groups(), bm.group(1), bm.span(2), bp.findall(b"a=1 b=2"), bp.sub(b"X", b"a=1;b=2"))
print(compiled(b"[a-z]+", 2).findall(b"Hello WORLD"), compiled(b"\\w+", 4).findall(b"ab_1 \xe9"))
print(bp.split(b"a=1,b=2"), bp.subn(lambda m: m.group(2), b"a=1 b=2"))

print(p == compiled(r"(\w+) (\w+)"), p != compiled(r"(\w+) (\w+)"), p == d, hash(p) == hash(compiled(r"(\w+) (\w+)")))
print(copy.copy(p) is p, copy.deepcopy(p) is p, copy.copy(m) is m, copy.deepcopy(m) is m)
print(type(p).__name__, type(m).__name__, type(p).__module__, type(m).__module__)
print(hasattr(type(p), "__class_getitem__"), hasattr(type(m), "__class_getitem__"))

for call in (lambda: p.match(b"bytes"), lambda: bp.match("text"), lambda: p.match(12), lambda: p.search(None),
             lambda: d.sub(lambda m: 5, "a1"), lambda: p.match(), lambda: p.match("a", 0, 1, 2),
             lambda: p.match("a", bogus=1)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
