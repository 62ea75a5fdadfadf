# stdlib: _csv (the C half of csv): reader, writer, dialects, registry, field size limit
import _csv

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)

def rows(lines, **kw):
    try:
        return list(_csv.reader(lines, **kw))
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

print(rows(["a,b,c", "1,2,3"]))
print(rows(['a,"b,c",d', '"x""y",z']))
print(rows(['a,"b\n', 'c",d\n', 'e']))
print(rows(["a\r\n", "b\n", "", "c"]))
print(rows(['a, b,  c'], skipinitialspace=True))
print(rows(["a;b;c"], delimiter=";"))
print(rows(["a\\,b,c"], escapechar="\\"))
print(rows(['"a\\"b",c'], escapechar="\\", doublequote=False))
print(rows(['1,2.5,"x"'], quoting=_csv.QUOTE_NONNUMERIC))
print(rows(['1,abc'], quoting=_csv.QUOTE_NONNUMERIC))
print(rows(['"a"b,c']))
print(rows(['"a"b,c'], strict=True))
print(rows(['"unterminated']))
print(rows(['"unterminated'], strict=True))
print(rows(['a,b\rc']))
print(rows([b"bytes"]))
print(rows(['a\x00b,c']))
print(rows(['\'a,b\',c'], quotechar="'"))
print(rows(['"a,b",c'], quoting=_csv.QUOTE_NONE))
print(rows(["x,", ",", ",,", ""]))
r = _csv.reader(["a", "b,c"])
print(r.line_num, next(r), r.line_num, next(r), r.line_num, r.dialect.delimiter)

def written(rowlist, **kw):
    s = Sink()
    try:
        w = _csv.writer(s, **kw)
        for row in rowlist:
            w.writerow(row)
        return repr("".join(s.parts))
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

print(written([["a", "b"], [1, 2.5, None, ""], ["x,y", 'q"q', "l\nm", "c\rd", " sp "]]))
print(written([[""], [], [None]]))
print(written([["a", 1, 2.0, None]], quoting=_csv.QUOTE_ALL))
print(written([["a", 1, 2.0, True]], quoting=_csv.QUOTE_NONNUMERIC))
print(written([["a,b", "c"]], quoting=_csv.QUOTE_NONE, escapechar="\\"))
print(written([["a,b"]], quoting=_csv.QUOTE_NONE))
print(written([[""]], quoting=_csv.QUOTE_NONE))
print(written([['a"b']], doublequote=False, escapechar="\\"))
print(written([['a"b']], doublequote=False))
print(written([["a", "b"]], delimiter="\t", lineterminator="\n"))
print(written([5]))
s = Sink()
w = _csv.writer(s)
print(w.writerow(["abc", "de"]), w.writerows([["1"], ["2", "3"]]), s.parts, w.dialect.lineterminator == "\r\n")

d = _csv.Dialect()
print(d.delimiter, d.doublequote, d.escapechar, repr(d.lineterminator), d.quotechar, d.quoting, d.skipinitialspace, d.strict)
class Semi:
    delimiter = ";"
    quotechar = "'"
    lineterminator = "\n"
d = _csv.Dialect(Semi, strict=True)
print(d.delimiter, d.quotechar, repr(d.lineterminator), d.strict, d.doublequote)
for kw in ({'delimiter': None}, {'delimiter': 5}, {'delimiter': 'ab'}, {'quotechar': None}, {'quoting': 'x'},
           {'quoting': 9}, {'lineterminator': None}, {'lineterminator': 5}, {'escapechar': 'ab'}, {'bogus': 1},
           {'quotechar': None, 'quoting': 1}, {'quotechar': ''}, {'delimiter': ''}, {'quoting': 3, 'quotechar': None}):
    try:
        d = _csv.Dialect(**kw)
        print(kw, "ok", repr(d.quotechar), d.quoting)
    except Exception as e:
        print(kw, type(e).__name__, e)
try:
    d.delimiter = ";"
except AttributeError as e:
    print(e)

_csv.register_dialect("semi", Semi)
_csv.register_dialect("tabs", delimiter="\t")
print(sorted(_csv.list_dialects()), _csv.get_dialect("semi").delimiter, rows(["a;b"], dialect="semi"), rows(["a\tb"], dialect="tabs"))
print(rows(["a;b"], dialect="semi", delimiter=","))
_csv.unregister_dialect("semi")
print(sorted(_csv.list_dialects()))
for f, arg in ((_csv.get_dialect, "semi"), (_csv.unregister_dialect, "nope"), (_csv.register_dialect, 5)):
    try:
        f(arg)
    except Exception as e:
        print(type(e).__name__, e)
print(rows(["a"], dialect="nope"))
print(_csv.field_size_limit(), _csv.field_size_limit(10), _csv.field_size_limit())
print(rows(["0123456789,x"]), rows(["01234567890"]))
_csv.field_size_limit(131072)
print(_csv.__version__, _csv.QUOTE_MINIMAL, _csv.QUOTE_ALL, _csv.QUOTE_NONNUMERIC, _csv.QUOTE_NONE, issubclass(_csv.Error, Exception), _csv.Error.__module__)
