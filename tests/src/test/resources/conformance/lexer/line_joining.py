# lexer: backslash continuation, implicit joining inside brackets, comments inside brackets
total = 1 + \
        2 + \
    3
print("backslash", total)

items = [
    10,   # first
    20,
        30,  # indentation inside brackets is ignored
# a comment at column zero
    40,
]
print("list", items, len(items))

mapping = {
    "a": 1,
    "b": (2,
          3),
    "c": [4,
5, 6],
}
print("dict", mapping)

result = max(
    3,
    9,
    4,
)
print("call", result)

text = ("first part "
        "second part "
    'third part')
print(text)

condition = (1 < 2 and
             2 < 3 and
             not False)
print("condition", condition)

if 1 + 1 == 2 and \
   2 + 2 == 4:
    print("backslash in if header")

def add(a,
        b,
        c=3):
    return a + b + c
print("multi-line def", add(1,
    2))

nested = [[1, 2],
          [3, 4],
          ]
print([x
       for row in nested
       for x in row
       if x % 2 == 0])

value = 5; doubled = value * 2; print("semicolons", value, doubled)
a = 1; b = 2;
print("trailing semicolon", a + b)

long_string = "abc" \
    "def"
print(long_string)

s = """line one
    line two \
continued
line three"""
print(s)
print(len(s.splitlines()))
x = [1, 2, 3][
    1
]
print("subscript across lines", x)
