# strings: string building. Concatenation with +=, str.join over generated parts,
# f-strings with format specs, split/replace/upper/find/startswith, slicing, str(int).
import sys


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500000
    s = ""
    for i in range(n // 10):
        s += str(i % 97)
    parts = []
    for i in range(n):
        parts.append(f"{i:05d}|{i * 0.5:.1f}|{'x' * (i % 5)}")
    text = ",".join(parts)
    fields = text.split(",")
    total = 0
    for f in fields:
        a, b, c = f.split("|")
        total += int(a) + len(c)
        if b.endswith(".5"):
            total += 1
    line = " ".join(w.upper() if len(w) % 2 else w.replace("o", "0") for w in ["one", "two", "three", "four"] * (n // 100))
    pos = 0
    found = 0
    while True:
        pos = line.find("TWO", pos)
        if pos < 0:
            break
        found += 1
        pos += 3
    rev = text[::-1][:20]
    print(f"strings n={n} checksum={len(s)}:{len(text)}:{total}:{found}:{rev}:{line[:12]}")


main()
