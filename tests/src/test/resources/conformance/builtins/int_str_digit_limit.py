# builtins: the int/str conversion limit (4300 digits by default), sys.set_int_max_str_digits, and unlimited power-of-two bases
import sys

def attempt(label, make):
    try:
        r = make()
    except (ValueError, TypeError, OverflowError, SyntaxError) as e:
        print(label, type(e).__name__, e)
    else:
        if isinstance(r, int):
            print(label, "int with", r.bit_length(), "bits")
        elif isinstance(r, str):
            print(label, "str of", len(r), "chars")
        else:
            print(label, type(r).__name__)

print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
print(sys.int_info)
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)

attempt("int 4300", lambda: int("9" * 4300))
attempt("int 4301", lambda: int("9" * 4301))
attempt("int neg", lambda: int("-" + "9" * 4300))
attempt("int spaces", lambda: int("  +" + "7" * 4301 + "  "))
attempt("int underscores", lambda: int("9_" * 4400 + "9"))
attempt("int junk after", lambda: int("9" * 5000 + "x"))
attempt("int junk before", lambda: int("x" + "9" * 5000))
attempt("bad bytes", lambda: int(b"x" * 300))
attempt("int bytes", lambda: int(b"1" * 4301))
attempt("base 3", lambda: int("1" * 5000, 3))
attempt("base 36", lambda: int("z" * 5000, 36))
attempt("base 16", lambda: int("f" * 5000, 16))
attempt("base 8", lambda: int("7" * 5000, 8))
attempt("base 2", lambda: int("1" * 20000, 2))
attempt("base 0 hex", lambda: int("0x" + "a" * 5000, 0))
attempt("base 0 dec", lambda: int("1" * 5000, 0))

big = 10 ** 4300
attempt("str", lambda: str(big))
attempt("str ok", lambda: str(big - 1))
attempt("str neg ok", lambda: str(1 - big))
attempt("repr", lambda: repr(-big))
attempt("%d", lambda: "%d" % big)
attempt("%x", lambda: "%x" % big)
attempt("format d", lambda: format(big, "d"))
attempt("format ,", lambda: format(big, ","))
attempt("format x", lambda: format(big, "x"))
attempt("format b", lambda: format(big, "b"))
attempt("f-string", lambda: f"{big}")
attempt("hex", lambda: hex(big))
attempt("oct", lambda: oct(big))
attempt("bin", lambda: bin(big))
attempt("float", lambda: float("9" * 5000))

attempt("set 640", lambda: sys.set_int_max_str_digits(640))
attempt("set -1", lambda: sys.set_int_max_str_digits(-1))
attempt("set float", lambda: sys.set_int_max_str_digits(1.5))
attempt("set str", lambda: sys.set_int_max_str_digits("700"))
attempt("set huge", lambda: sys.set_int_max_str_digits(2 ** 70))
attempt("set none", lambda: sys.set_int_max_str_digits())
attempt("get arg", lambda: sys.get_int_max_str_digits(1))
attempt("set 641", lambda: sys.set_int_max_str_digits(641))
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
attempt("int 641", lambda: int("9" * 641))
attempt("int 642", lambda: int("9" * 642))
attempt("str 642", lambda: str(10 ** 641))
attempt("set keyword", lambda: sys.set_int_max_str_digits(maxdigits=700))
print(sys.get_int_max_str_digits())
attempt("int 640", lambda: int("9" * 640))
attempt("literal", lambda: compile("x = " + "9" * 701, "<big>", "exec"))
attempt("literal hex", lambda: compile("x = 0x" + "9" * 701, "<big>", "exec"))
attempt("literal float", lambda: compile("x = " + "9" * 701 + ".5", "<big>", "exec"))
attempt("literal imaginary", lambda: compile("x = " + "9" * 701 + "j", "<big>", "exec"))
try:
    compile("a = 1\nb = 2 + " + "1_0" * 400, "<big>", "exec")
except SyntaxError as e:
    print(e.msg)
    print(e.lineno, e.offset)
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits())
n = int("7" * 30000)
print(n % 1000003, len(str(n)), str(n) == "7" * 30000)
m = int("-" + "123456789" * 3000)
print(m % 999983, str(m)[:12], str(m)[-9:], len(repr(m)))
print(int("z" * 6000, 36) % 65537, int("12" * 4000, 3) % 65537)
exec("print(" + "4" * 5000 + " % 97)")
