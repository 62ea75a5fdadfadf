# stdlib: _string, the parser under string.Formatter
import _string

def show(f, s):
    try:
        print(repr(s), f(s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)

for s in ('a{0}b{x.y[1]!r:>{w}}c{{}}d{}', '', 'plain', '{}', '{{', '}}', 'x{{y}}z', '{', '}', 'a{0', '{0!}',
          '{0!rr}', '{0:{1:{2}}}', '{!r}', '{0[}', '{0[a]}', '{a{b}', '{0:}', '{0!s:}', 'a}b', '{:{}}{}', '{é!ä}'):
    show(lambda s: list(_string.formatter_parser(s)), s)
for s in ('', '.a', 'a[', 'a[]', 'a.', 'a[0]x', '1.2', '01', 'a.b[0][x].c', 'name', '0', '[3]', 'x[1.5]'):
    show(lambda s: (lambda first, rest: (first, list(rest)))(*_string.formatter_field_name_split(s)), s)
it = _string.formatter_parser('a{0}')
print(type(it).__name__, next(it), list(it))
