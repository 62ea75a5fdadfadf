package dev.eddy.runtime;

import static dev.eddy.runtime.Py.call;
import static dev.eddy.runtime.Py.eq;
import static dev.eddy.runtime.Py.kw;
import static dev.eddy.runtime.Py.raises;

import java.util.List;
import org.junit.jupiter.api.Test;

/** str methods against CPython 3.11 results. */
class StrMethodsTest {

    @Test
    void splitOnWhitespace() {
        eq("['a', 'b', 'c']", call("  a  b c  ", "split"));
        eq("['a', 'b c  ']", call("  a  b c  ", "split", null, 1));
        eq("['  a  b', 'c']", call("  a  b c  ", "rsplit", null, 1));
        eq("['  a  b c']", call("  a  b c  ", "rsplit", kw("maxsplit", 0)));
        eq("['a  b c  ']", call("  a  b c  ", "split", kw("maxsplit", 0)));
        eq("[]", call("", "split"));
        // \x1c-\x1f, NBSP and ideographic space are whitespace; zero-width space is not
        eq("['a', 'b', 'c', 'd\\u200be']", call("\u001c a\u001db\u00a0c\u3000d\u200be", "split"));
    }

    @Test
    void splitOnSeparator() {
        eq("['a', 'b', '', 'c', '']", call("a,b,,c,", "split", ","));
        eq("['a', 'b', ',c,']", call("a,b,,c,", "split", ",", 2));
        eq("['a,b,', 'c', '']", call("a,b,,c,", "rsplit", ",", 2));
        eq("['a', 'b']", call("a b", "split", " ", -5));
        eq("['']", call("", "split", ","));
        eq("['x', 'y']", call("x\uD83D\uDE00y", "split", "\uD83D\uDE00"));
        eq("['a', 'b']", call("a-b", "split", kw("sep", "-")));
        raises("ValueError: empty separator", () -> call("abc", "split", ""));
        raises("TypeError: must be str or None, not int", () -> call("abc", "split", 1));
        raises("TypeError: split() takes at most 2 arguments (3 given)", () -> call("abc", "split", null, 1, 2));
        raises("TypeError: 'x' is an invalid keyword argument for split()", () -> call("abc", "split", kw("x", 1)));
        raises("TypeError: 'float' object cannot be interpreted as an integer", () -> call("abc", "split", kw("maxsplit", 1.5)));
    }

    @Test
    void splitlines() {
        eq("['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l']",
                call("a\nb\r\nc\rd\u000be\u000cf\u001cg\u001dh\u001ei\u0085j\u2028k\u2029l", "splitlines"));
        eq("['a\\n', '\\n', 'b\\n']", call("a\n\nb\n", "splitlines", kw("keepends", true)));
        eq("[]", call("", "splitlines"));
    }

    @Test
    void strip() {
        eq("'abc'", call("xxabcxx", "strip", "x"));
        eq("'abc  '", call("  abc  ", "lstrip"));
        eq("'  abc'", call("  abc  ", "rstrip"));
        eq("'bcb'", call("abcba", "strip", "ac"));
        raises("TypeError: strip arg must be None or str", () -> call("abc", "strip", 1));
    }

    @Test
    void join() {
        eq("'a,b,c'", call(",", "join", List.of("a", "b", "c")));
        eq("'abc'", call("", "join", "abc"));
        eq("''", call("-", "join", List.of()));
        raises("TypeError: can only join an iterable", () -> call("abc", "join", 1));
        raises("TypeError: sequence item 1: expected str instance, int found", () -> call(",", "join", List.of("a", 2)));
    }

    @Test
    void searching() {
        eq("4", call("abc", "count", ""));
        eq("3", call("abc", "count", "", 1));
        eq("0", call("abc", "count", "", 4));
        eq("2", call("aaaa", "count", "aa"));
        eq("5", call("abcabc", "find", "c", -2));
        eq("3", call("abc", "find", "", 3));
        eq("-1", call("abc", "find", "", 4));
        eq("4", call("abcabc", "rfind", "b"));
        eq("1", call("abcabc", "rfind", "b", 0, 4));
        eq("6", call("abcabc", "rfind", ""));
        eq("2", call("abc", "rfind", "", 1, 2));
        raises("ValueError: substring not found", () -> call("abc", "index", "z"));
        raises("TypeError: must be str, not int", () -> call("abc", "find", 1));
        // positions count code points, not UTF-16 units
        eq("2", call("x\uD83D\uDE00y\uD83D\uDE00", "find", "y"));
        eq("3", call("x\uD83D\uDE00y\uD83D\uDE00", "index", "\uD83D\uDE00", 2));
        eq("1", call("x\uD83D\uDE00y\uD83D\uDE00", "count", "\uD83D\uDE00", 1, 3));
    }

    @Test
    void startsAndEnds() {
        eq("True", call("abc", "startswith", ""));
        eq("True", call("abc", "startswith", "", 3));
        eq("False", call("abc", "startswith", "", 4));
        eq("True", call("abc", "startswith", (Object) new Object[] {"x", "ab"}));
        eq("True", call("abc", "endswith", "b", 0, 2));
        eq("True", call("abc", "startswith", "abc", -10));
        raises("TypeError: startswith first arg must be str or a tuple of str, not int", () -> call("abc", "startswith", 1));
    }

    @Test
    void replace() {
        eq("'-a-b-c-'", call("abc", "replace", "", "-"));
        eq("'-a-bc'", call("abc", "replace", "", "-", 2));
        eq("'a--b--c'", call("aXbXc", "replace", "X", "--"));
        eq("'a--bXc'", call("aXbXc", "replace", "X", "--", 1));
        raises("TypeError: replace() argument 1 must be str, not int", () -> call("abc", "replace", 1, "a"));
        raises("TypeError: replace expected at least 2 arguments, got 1", () -> call("abc", "replace", "a"));
    }

    @Test
    void padding() {
        eq("'**abc***'", call("abc", "center", 8, "*"));
        eq("'***abc***'", call("abc", "center", 9, "*"));
        eq("'****ab***'", call("ab", "center", 9, "*"));
        eq("'***ab***'", call("ab", "center", 8, "*"));
        eq("'abc---'", call("abc", "ljust", 6, "-"));
        eq("'   abc'", call("abc", "rjust", 6));
        eq("'-00042'", call("-42", "zfill", 6));
        eq("'+00042'", call("+42", "zfill", 6));
        eq("'000'", call("", "zfill", 3));
        raises("TypeError: The fill character must be exactly one character long", () -> call("abc", "center", 10, "ab"));
        raises("TypeError: center expected at least 1 argument, got 0", () -> call("abc", "center"));
        eq("'a   bc  d\\n    e'", call("a\tbc\td\n\te", "expandtabs", 4));
        eq("'ab'", call("a\tb", "expandtabs", 0));
    }

    @Test
    void partition() {
        eq("('a', ',', 'b,c')", call("a,b,c", "partition", ","));
        eq("('a,b', ',', 'c')", call("a,b,c", "rpartition", ","));
        eq("('', '', 'abc')", call("abc", "rpartition", "x"));
        eq("('abc', '', '')", call("abc", "partition", "x"));
        raises("ValueError: empty separator", () -> call("abc", "partition", ""));
    }

    @Test
    void caseMapping() {
        eq("'SS'", call("\u00df", "upper"));
        eq("'Ss'", call("\u00df", "title"));
        eq("'Hello World 3Rd'", call("hello wORLD 3rd", "title"));
        eq("\"They'Re Bill'S Friends\"", call("they're bill's friends", "title"));
        eq("'\u01c5a'", call("\u01c6a", "capitalize"));
        eq("'ssstrasse'", call("\u00dfStra\u00dfe", "casefold"));
        eq("'\u03c3'", call("\u03c2", "casefold"));
        eq("'AbC'", call("aBc", "swapcase"));
    }

    @Test
    void predicates() {
        eq("True", call("A1", "isupper"));
        eq("False", call("123", "isupper"));
        eq("True", call("\u01c5", "istitle"));
        eq("False", call("Hello world", "istitle"));
        eq("True", call("\u00b2", "isdigit"));
        eq("False", call("\u00b2", "isdecimal"));
        eq("True", call("\u00bd", "isnumeric"));
        eq("False", call("\u00bd", "isdigit"));
        eq("True", call("\u4e00", "isnumeric"));
        eq("False", call("", "isalnum"));
        eq("True", call("\u00e9t\u00e9", "isidentifier"));
        eq("False", call("1a", "isidentifier"));
        eq("True", call("\u00a0", "isspace"));
        eq("False", call("\u200b", "isspace"));
        eq("False", call("abc\u0007", "isprintable"));
        eq("True", call("", "isprintable"));
    }

    @Test
    void prefixes() {
        eq("'c'", call("abc", "removeprefix", "ab"));
        eq("'a'", call("abc", "removesuffix", "bc"));
        raises("TypeError: removeprefix() argument must be str, not int", () -> call("abc", "removeprefix", 1));
    }

    @Test
    void translate() {
        PyObject table = PyStr.TYPE.getAttr("maketrans").call(new PyStr("ab"), new PyStr("xy"), new PyStr("z"));
        eq("{97: 120, 98: 121, 122: None}", table);
        eq("'xyc'", call("abcz", "translate", table));
        PyDict d = new PyDict();
        d.put(PyInt.of(97), new PyStr("XY"));
        d.put(PyInt.of(98), PyNone.NONE);
        eq("'XYc'", call("abc", "translate", d));
        eq("'abc'", call("abc", "translate", List.of()));
        raises("ValueError: the first two maketrans arguments must have equal length",
                () -> PyStr.TYPE.getAttr("maketrans").call(new PyStr("ab"), new PyStr("c")));
    }

    @Test
    void encode() {
        eq("b'a\\xc3\\xa9'", call("a\u00e9", "encode"));
        eq("b'a'", call("a\u00e9", "encode", "ascii", "ignore"));
        eq("b'a?'", call("a\u00e9", "encode", "ascii", "replace"));
        eq("b'a\\xe9'", call("a\u00e9", "encode", "latin-1"));
        eq("b'a\\\\u20ac'", call("a\u20ac", "encode", "latin1", "backslashreplace"));
        eq("b'a&#8364;'", call("a\u20ac", "encode", "ascii", "xmlcharrefreplace"));
        raises("UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)",
                () -> call("\u00e9", "encode", "ascii"));
        raises("UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed",
                () -> call("\ud800", "encode"));
        raises("LookupError: unknown encoding: bogus", () -> call("abc", "encode", "bogus"));
    }

    @Test
    void formatMethod() {
        eq("'1 2'", call("{} {}", "format", 1, 2));
        eq("'2 1'", call("{1} {0}", "format", 1, 2));
        eq("\"1 'x'\"", call("{a} {b!r}", "format", kw("a", 1), kw("b", "x")));
        eq("'3 0'", call("{0.real} {0.imag}", "format", 3));
        eq("'a b'", call("{0[0]} {0[1]}", "format", List.of("a", "b")));
        eq("'    x'", call("{:>{}}", "format", "x", 5));
        eq("'3.14'", call("{:{}{}}", "format", 3.14159, ".", "3"));
        eq("'{} {7}'", call("{{}} {{{0}}}", "format", 7));
        eq("\"  'a'\"", call("{0!r:>5}", "format", "a"));
        eq("\"'\\\\xe9'\"", call("{!a}", "format", "\u00e9"));
        eq("'3'", call("{0.numerator}", "format", 3));
        eq("'***[1]***'", call("{0!s:*^9}", "format", List.of(1)));
        raises("ValueError: cannot switch from automatic field numbering to manual field specification", () -> call("{} {1}", "format", 1, 2));
        raises("ValueError: cannot switch from manual field specification to automatic field numbering", () -> call("{0} {}", "format", 1, 2));
        raises("ValueError: Single '{' encountered in format string", () -> call("{", "format"));
        raises("ValueError: Single '}' encountered in format string", () -> call("}", "format"));
        raises("ValueError: expected '}' before end of string", () -> call("{0", "format", 1));
        raises("ValueError: Unknown conversion specifier x", () -> call("{0!x}", "format", 1));
        raises("ValueError: expected ':' after conversion specifier", () -> call("{0!rr}", "format", 1));
        raises("IndexError: Replacement index 2 out of range for positional args tuple", () -> call("{2}", "format", 1));
        raises("KeyError: 'a'", () -> call("{a}", "format", kw("b", 1)));
        raises("ValueError: Empty attribute in format string", () -> call("{0[]}", "format", List.of(1)));
        raises("ValueError: Only '.' or '[' may follow ']' in format field specifier", () -> call("{0[0]x}", "format", List.of(1)));
        raises("ValueError: Max string recursion exceeded", () -> call("{0:{1:{2}}}", "format", 1, 2, 3));
        raises("ValueError: Unknown format code 'd' for object of type 'str'", () -> call("{:d}", "format", "x"));
    }

    @Test
    void formatMap() {
        PyDict m = new PyDict();
        m.put("a", PyInt.of(1));
        eq("'1'", call("{a}", "format_map", m));
        raises("ValueError: Format string contains positional fields", () -> call("{0}", "format_map", new PyDict()));
    }

    @Test
    void argumentErrors() {
        raises("TypeError: str.upper() takes no arguments (1 given)", () -> call("abc", "upper", 1));
    }
}
