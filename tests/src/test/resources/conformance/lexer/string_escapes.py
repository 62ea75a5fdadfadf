# lexer: quotes, escape sequences, raw strings, triple quotes, implicit concatenation
print('single', "double", 'it\'s', "say \"hi\"", "it's", 'say "hi"')
print("tab:[\t]", "newline follows:\nsecond line")
print("backslash \\ done", "bell-free \x41\x42\x43", "\u00e9t\u00e9", "\U0001F600" == "\N{GRINNING FACE}")
print(len("\n"), len("\\n"), len(r"\n"), len("\x00"), len("\u1234"))
print(repr("\n\t\\"), repr('\''), repr("\""), repr("'\""))
print(repr("\x00\x1f\x7f"), repr("é"), repr("\u200b"))
print(r"raw \n stays", r'C:\path\to\file', R"also raw \t")
print(r"raw quote \" kept", len(r"\""))
print("octal \101\102 \7" == "octal AB \x07")
s = """triple "double" with 'single' and ""two"" inside"""
print(s)
t = '''multi
line
text'''
print(t.split("\n"))
print("""ends with quote\"""")
u = """\
no leading newline"""
print(repr(u))
print("adj" 'acent' """strings""" r"\raw")
print("a" "b" == "ab")
print(ord("\t"), ord("\r"), ord("\f"), ord("\v"), ord("\b"), ord("\0"))
print("\N{LATIN SMALL LETTER A WITH GRAVE}", "\N{EM DASH}" == "\u2014")
print("x\
y")
print(len("""
"""))
