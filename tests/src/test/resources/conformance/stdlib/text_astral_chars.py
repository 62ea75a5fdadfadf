# stdlib: StringIO and text files count characters past U+FFFF as one (read sizes, readline limits, tell/seek)
import io, os
s = io.StringIO("😀ab😀\nc😀d\n")
print(repr(s.read(1)), s.tell(), repr(s.read(2)), s.tell(), repr(s.readline(1)), s.tell(), repr(s.readline()), s.tell())
s.seek(1); print(repr(s.read(3)), s.tell())
s.seek(0, 2); print(s.tell(), s.truncate(3), repr(s.getvalue()))
s.seek(6); s.write("x"); print(repr(s.getvalue()), s.tell())
print(s.write("😀😀"), s.tell())
with open("_tmp_astral_chars.txt", "w", encoding="utf-8") as f:
    f.write("😀ab😀\nc😀d\n" * 3)
with open("_tmp_astral_chars.txt", encoding="utf-8") as f:
    print(repr(f.read(1)), f.tell(), repr(f.read(3)), f.tell(), repr(f.readline(2)), repr(f.readline(3)), f.tell(), repr(f.read(4)))
    print(repr(f.readline(0)), repr(f.readline(100)), f.tell())
os.remove("_tmp_astral_chars.txt")

import random, os
rnd = random.Random(7)
out = []
alphabet = ["a", "😀", "é", "\n", "\r\n", "ü€", "x🎉z"]
for trial in range(25):
    content = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
    with open("_tmp_astral_fuzz.txt", "w", newline="") as f:
        f.write(content)
    nl = rnd.choice([None, "\n", "\r\n"])
    with open("_tmp_astral_fuzz.txt", newline=nl, encoding="utf-8") as f:
        marks = []
        for step in range(12):
            op = rnd.randint(0, 4)
            if op == 0:
                out.append(repr(f.readline()))
            elif op == 1:
                out.append(repr(f.read(rnd.randint(0, 5))))
            elif op == 2:
                t = f.tell(); marks.append(t); out.append("tell %d" % t)
            elif op == 3 and marks:
                m = rnd.choice(marks); f.seek(m); out.append("seek %d" % m)
            else:
                out.append(repr(f.readline(rnd.randint(0, 4))))
        out.append(repr(f.read()))
        out.append(repr(f.newlines))
os.remove("_tmp_astral_fuzz.txt")
print("\n".join(out))
