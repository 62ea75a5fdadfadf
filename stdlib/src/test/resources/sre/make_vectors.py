"""Writes vectors.json: regular expressions compiled by CPython 3.11's re, subjects, and the
spans CPython's _sre finds. Run with python3 from this folder; SreEngineTest reads the file.

Each entry: pattern (for messages), flags, code (the opcode list re._compiler produced),
groups, and cases of [op, subject, is_bytes, pos, endpos, regs or None, lastindex].
"""
import json
import re
import _sre

captured = []
_orig_compile = _sre.compile


def _capture(pattern, flags, code, groups, groupindex, indexgroup):
    captured.append((flags, list(code), groups))
    return _orig_compile(pattern, flags, code, groups, groupindex, indexgroup)


re._compiler._sre.compile = _capture

WORDS = ["", "a", "ab", "abc", "aaab", "abab", "xabcx", "ABC", "AbC", "hello world", "foo bar baz",
         "a1b2c3", "123", "  x  ", "a\nb\nc", "line1\nline2\n", "aaaa", "abcabcabc", "xyz",
         "Ünïcödé", "ǅ", "ß", "ΣΑΣ σας", "İi", "abc123_", "a-b_c", "\t\v\f", "a.b", "[x]",
         "mississippi", "aXbXc", "tic-tac-toe", "0x1F 0o17 42", "\u00e9t\u00e9", "𝔘𝔫𝔦", "a𝔘b"]

PATTERNS = [
    ("a", 0), ("abc", 0), ("a.c", 0), ("a.c", re.S), (".*", 0), (".*", re.S), (".+?", 0),
    ("a*", 0), ("a+", 0), ("a?", 0), ("a{2}", 0), ("a{2,3}", 0), ("a{,2}", 0), ("a{2,}", 0),
    ("a*?", 0), ("a+?b", 0), ("a??b", 0), ("a{2,3}?", 0), ("(a|b)*c", 0), ("(ab)+", 0),
    ("(ab)*?ab", 0), ("(a*)*", 0), ("(a*)+", 0), ("(a|)+b", 0), ("(?:a|b)+?b", 0),
    ("^abc$", 0), ("^a", re.M), ("c$", re.M), ("$", 0), ("^", re.M), (r"\Aa", 0), (r"c\Z", 0),
    (r"\bb", 0), (r"\Bb", 0), (r"\w+", 0), (r"\w+", re.A), (r"\W+", 0), (r"\d+", 0), (r"\D+", 0),
    (r"\s+", 0), (r"\s+", re.A), (r"\S+", 0), (r"\b\w+\b", 0), (r"\b\w+\b", re.A),
    ("[abc]+", 0), ("[^abc]+", 0), ("[a-z]+", 0), ("[a-z]+", re.I), ("[A-Z0-9_]+", re.I),
    ("[\u00e0-\u00ff]+", 0), ("[\u00e0-\u00ff]+", re.I), ("[α-ω]+", re.I), ("[а-я]+", re.I),
    ("[^\u0100-\uffff]+", 0), ("[\U0001d500-\U0001d5ff]+", 0), ("[\\d\\s]+", 0), ("[\\w.-]+", 0),
    ("[\\W]+", 0), ("[^\\W\\d]+", 0), ("[.]", 0), ("[]x]+", 0), ("[a-cx-z]+", 0),
    ("abc", re.I), ("ABC", re.I), ("ß", re.I), ("σ", re.I), ("Σ+", re.I), ("i", re.I), ("ǅ", re.I),
    ("[^a]", re.I), ("[^A]+", re.I), ("é", re.I), ("É+", re.I),
    (r"(a)(b)?", 0), (r"(?P<x>a)(?P<y>b)", 0), (r"(a)|(b)", 0), (r"((a)|(b))+", 0),
    (r"(a)\1", 0), (r"(a+)\1", 0), (r"(\w+) \1", 0), (r"(a)\1", re.I), (r"(?P<q>['\"]).*?(?P=q)", 0),
    (r"(\w)(?(1)b|c)", 0), (r"(a)?(?(1)b|c)", 0), (r"(?:(a)|x)(?(1)b|y)", 0),
    (r"a(?=b)", 0), (r"a(?!b)", 0), (r"(?<=a)b", 0), (r"(?<!a)b", 0), (r"(?<=ab)c", 0),
    (r"(?<=(a))b", 0), (r"(?!x)\w+", 0), (r"\w+(?=\d)", 0), (r"(?=(a+))a*b\1", 0),
    (r"a*+", 0), (r"a++b", 0), (r"a?+a", 0), (r"(?:ab)*+", 0), (r"(?:ab)++c", 0), (r"(?:a|ab)*+c", 0),
    (r"(?>a+)b", 0), (r"(?>ab|a)b", 0), (r"(?>a*)", 0), (r"x(?>a|ab)c", 0),
    (r"a|b|c", 0), (r"ab|ac|ad", 0), (r"a(b|c|d)e", 0), (r"(a|ab)(c|bcd)(d*)", 0),
    (r"foo|bar|baz", 0), (r"\d+|[a-z]+", 0), (r"(\d+)|([a-z]+)", 0),
    (r"(a+|b+)*c", 0), (r"(?:a{1,2}){2}", 0), (r"(?:ab){1,2}?", 0), (r"(a|b){2,}", 0),
    (r"(?:x*)*y", 0), (r"(?:a*?)*?b", 0), (r"(a*?)*?b", 0), (r"(?:(a)|b)*", 0), (r"(?:(a)|(b))*", 0),
    (r"(?i)hello", 0), (r"(?m)^\w+$", 0), (r"(?s).+", 0), (r"(?x) a  b # c", 0), (r"(?i:a)b", 0),
    (r"issi", 0), (r"ss", 0), (r"ippi$", 0), (r"abcabc", 0), (r"tac", 0), (r"\d\d", 0),
    (r"0[xX][0-9a-fA-F]+|0[oO][0-7]+|\d+", 0), (r"[^\n]+", 0), (r".", 0), (r"\n", 0),
    (r"(?<!\w)\d+(?!\w)", 0), (r"x*", 0), (r"\b", 0), (r"\B", 0), (r"(?:)", 0), (r"()", 0),
    (r"a{0}", 0), (r"(a){0}b", 0), (r"(?:a|b)*?c", 0), (r"[a-z]*?c", 0), (r".*c", 0), (r".*?c", 0),
    (r"(.)(.)(.)(.)(.)(.)(.)(.)(.)(.)(.)", 0), (r"(?P<first>\w+)\s(?P<last>\w+)", 0),
    (r"𝔘", 0), (r"[𝔘-𝔦]+", 0), (r".𝔫.", 0), (r"\w+", re.U), (r"\u00df+", re.I), (r"[ß]", re.I),
    (r"(?i)[k]", 0), ("\u212a", re.I), ("[\u212a]", re.I), (r"(?i)\u0130", 0), (r"(?ai)k", 0),
]

BYTES_PATTERNS = [
    (b"a", 0), (b"abc", 0), (b"a.c", 0), (b"[a-z]+", 0), (b"[a-z]+", re.I), (b"\\w+", 0),
    (b"\\w+", re.L), (b"\\bb", re.L), (b"abc", re.L | re.I), (b"[a-c]+", re.L | re.I),
    (b"(a)\\1", re.I), (b"(a)\\1", re.L | re.I), (b"[^a]+", re.L | re.I), (b"\\d+", 0), (b"\\s+", 0),
    (b"\xe9+", re.I), (b"[\x80-\xff]+", 0), (b"(\\w+) (\\w+)", 0), (b"x*", 0), (b"^b", re.M),
]
BYTES_SUBJECTS = [b"", b"a", b"abc", b"ABC", b"aA", b"hello world", b"a\nb", b"\xe9\xc9", b"x\x80\xffy",
                  b"123 456", b"aaab", b"AbC aBc"]


def regs(m):
    return None if m is None else [list(r) for r in m.regs]


def cases_for(compiled, subjects, is_bytes):
    out = []
    for s in subjects:
        for op in ("match", "search", "fullmatch"):
            m = getattr(compiled, op)(s)
            out.append([op, s.decode("latin-1") if is_bytes else s, is_bytes, 0, len(s), regs(m),
                        m.lastindex if m else None])
        if len(s) > 2:
            m = compiled.search(s, 1, len(s) - 1)
            out.append(["search", s.decode("latin-1") if is_bytes else s, is_bytes, 1, len(s) - 1, regs(m),
                        m.lastindex if m else None])
        # all successive matches, as finditer finds them
        pos = 0
        for m in compiled.finditer(s):
            out.append(["iter", s.decode("latin-1") if is_bytes else s, is_bytes, pos, len(s), regs(m),
                        m.lastindex])
            pos += 1
    return out


def main():
    entries = []
    for patterns, subjects, is_bytes in ((PATTERNS, WORDS, False), (BYTES_PATTERNS, BYTES_SUBJECTS, True)):
        for pattern, flags in patterns:
            captured.clear()
            compiled = re._compiler.compile(pattern, flags)
            cflags, code, groups = captured[-1]
            extra = [pattern * 2] if pattern else []
            entries.append({
                "pattern": pattern.decode("latin-1") if is_bytes else pattern,
                "flags": cflags,
                "code": code,
                "groups": groups,
                "cases": cases_for(compiled, subjects + extra, is_bytes),
            })
    with open("vectors.json", "w", encoding="utf-8") as f:
        json.dump(entries, f, ensure_ascii=True, indent=None, separators=(",", ":"))
        f.write("\n")
    print(len(entries), "patterns,", sum(len(e["cases"]) for e in entries), "cases")


main()
