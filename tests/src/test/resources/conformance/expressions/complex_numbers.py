# expressions: complex numbers: literals, arithmetic with int and float, repr, parsing, hashing, formatting, errors
print(1j, 2.5j, 1+2j, -1j, 0j, -0j, complex(0, -0.0), complex(-0.0, 0), (1+2j)*(3-4j), (1+2j)/(3-4j))
print(complex(), complex(1), complex(1, 2), complex('1+2j'), complex(' (3-4.5j) '), complex('j'), complex('-j'), complex('1e3'), complex(1+2j, 1j))
print(abs(3+4j), (1+2j).real, (1+2j).imag, (1+2j).conjugate(), (1+1j) ** 2, (1+1j) ** -1, 2 ** (1+1j), (1j) ** 0.5)
print(hash(1+0j) == hash(1), hash(2.5+0j) == hash(2.5), 1+0j == 1, 1j == 1j, 1j != 2, bool(0j), bool(1j))
print(complex(float('inf'), float('nan')), complex(1e20, 1e-5), repr(complex(-1.5, 0)), str(3+0j))
print(format(1+2j, ''), format(1.5+2.25j, '.2f'), f"{1+2j:>12}", f"{3j:g}")
for bad in ["1+", "abc", "1+2", "(1+2j", "1jj"]:
    try: complex(bad)
    except ValueError as e: print(e)
try: (1+2j) < 1
except TypeError as e: print(e)
try: 1j / 0
except ZeroDivisionError as e: print(e)
try: 0j ** -1
except ZeroDivisionError as e: print(e)
try: int(1j)
except TypeError as e: print(e)
try: complex("1", 2)
except TypeError as e: print(e)
try: (1j) // 2
except TypeError as e: print(e)
print(isinstance(1j, complex), type(1j).__name__, 3 * 1j, 1j * 3.0, 1 - 1j, 2 / 1j)
x = 1j; x += 1; print(x)
print((-8) ** (1/3), (-2.0) ** 0.5, pow(-4, 0.5))
