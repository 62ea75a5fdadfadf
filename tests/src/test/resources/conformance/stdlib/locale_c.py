# stdlib: _locale in the C and C.UTF-8 locales — setlocale per category and composite names, localeconv, nl_langinfo, getencoding, errors
import _locale as L
print(repr(L.setlocale(L.LC_ALL)), repr(L.setlocale(L.LC_CTYPE)), L.getencoding())
print(L.localeconv())
print(L.nl_langinfo(L.CODESET), L.nl_langinfo(L.D_T_FMT), L.nl_langinfo(L.DAY_1), L.nl_langinfo(L.RADIXCHAR), repr(L.nl_langinfo(L.T_FMT_AMPM)), repr(L.nl_langinfo(L.ERA)),repr(L.nl_langinfo(L.YESEXPR)), repr(L.nl_langinfo(L._DATE_FMT)), repr(L.nl_langinfo(L.CRNCYSTR)), repr(L.nl_langinfo(L.THOUSEP)), repr(L.nl_langinfo(L.ALT_DIGITS)))
for v in ["", "C", "POSIX", "C.UTF-8", "en_US.UTF-8", "xx"]:
    try: print(v, repr(L.setlocale(L.LC_ALL, v)))
    except Exception as e: print(type(e).__name__, e)
print(L.setlocale(L.LC_ALL))
L.setlocale(L.LC_NUMERIC, "C.UTF-8"); print(L.setlocale(L.LC_ALL))
print(L.Error, L.Error.__mro__, L.CHAR_MAX, L.strcoll("a","b"), L.strxfrm("abc"), L.gettext("x"), L.textdomain(None))
print({n: getattr(L, n) for n in dir(L) if n.isupper() and isinstance(getattr(L,n), int)})
try: L.nl_langinfo(99999)
except Exception as e: print(type(e).__name__, e)
try: L.setlocale(99, "C")
except Exception as e: print(type(e).__name__, e)
