# lexer: all string prefixes and their combinations, case-insensitive
print(u"unicode prefix", U"upper U")
print(r"\d+", R"\w+", rb"\x", Rb"\y", bR"\z", BR"\q")
print(b"bytes", B"BYTES")
n = 3
print(f"{n}", F"{n}", rf"\{n}", fR"\{n}", Rf"{n}\n", FR"{n}")
print(type(u"x").__name__, type(b"x").__name__, type(rb"x").__name__, type(f"x").__name__)
print(r"a\\b" == "a\\\\b", len(r"\\"))
print(r"" == "", b"" == b"", f"" == "")
print(repr(r"\'"), repr(r'\"'))
print(u"é" == "\u00e9")
print('a' 'b' "c" '''d''' """e""")
print(f"{n}" "-" f"{n + 1}" r"-\n")
