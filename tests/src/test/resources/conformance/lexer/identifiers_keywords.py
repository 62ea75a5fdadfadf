# lexer: identifier rules, soft keywords used as names, unicode identifiers, dunder-looking names
café = "unicode identifier"
π = 3.14159
_private = 1
__dunder_like__ = 2
_ = "underscore"
camelCase, snake_case, UPPER = 1, 2, 3
print(café, π, _private, __dunder_like__, _)
print(camelCase + snake_case + UPPER)
match = "match is a soft keyword"
case = "case too"
type = "type can be shadowed"
print(match, case, type)
del type
print(type(5).__name__)
print_ = "trailing underscore"
class_ = "avoids keyword"
if_, for_ = 1, 2
print(print_, class_, if_ + for_)
x1, x_2, X3 = 1, 2, 3
print(x1 + x_2 + X3)
Ünïcödé = "ok"
print(Ünïcödé)
def λ(x):
    return x + 1
print(λ(1), λ.__name__)
kw = ["False", "None", "True", "and", "as", "assert", "async", "await"]
print(len(kw), sorted(kw)[0])
async_result = "async_ prefix is fine"
print(async_result)
True_ = False
print(True_, not True_)
longname_abcdefghijklmnopqrstuvwxyz_0123456789 = 99
print(longname_abcdefghijklmnopqrstuvwxyz_0123456789)
a = b = c = "chained"
print(a, b, c)
