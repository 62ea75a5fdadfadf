# stdlib: string (CPython's string.py: Template, Formatter, capwords, constants), urllib.parse and html
import html
import string
from urllib.parse import (parse_qs, parse_qsl, quote, quote_plus, unquote, unquote_plus, urlencode, urljoin,
                          urlparse, urlsplit, urlunparse, urldefrag)

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords(" hello   world "), string.capwords("a-b-c", "-"))
t = string.Template("$who likes ${what}, $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
print(t.get_identifiers(), t.is_valid())
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("$").substitute()
except ValueError as e:
    print("ValueError:", e)


class Percent(string.Template):
    delimiter = "%"


print(Percent("%x and %{y}").substitute(x=1, y=2))
f = string.Formatter()
print(f.format("{0}-{name!r:>6}-{1:.2f}", "a", 3.14159, name="n"))
print(list(f.parse("a{b}c{d!s:x}")))


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return str(value).upper()


print(Upper().format("{} and {x}", "abc", x="def"))

u = urlparse("https://user:pw@example.com:8080/p/a;params?q=1&r=2#frag")
print(u)
print(u.hostname, u.port, u.username, u.password, u.geturl())
print(urlsplit("http://[::1]:80/x").hostname, urlunparse(("http", "h", "/p", "", "a=1", "")))
print(urljoin("http://a/b/c/d;p?q", "../g"), urljoin("http://a/b/", "//x/y"), urldefrag("http://a/b#c"))
print(quote("a b/c?d=é"), quote_plus("a b&c"), unquote("%C3%A9%20x"), unquote_plus("a+b%21"))
print(urlencode({"a": 1, "b": "x y"}), urlencode([("k", ["1", "2"])], doseq=True))
print(parse_qs("a=1&a=2&b=&c=3", keep_blank_values=True), parse_qsl("x=1;y=2".replace(";", "&")))
print(html.escape("<a href='x'>&\"</a>"), html.escape("<&>", quote=False))
print(html.unescape("&lt;p&gt; &amp;amp; &#233; &#x41; &eacute; &notanentity;"))
