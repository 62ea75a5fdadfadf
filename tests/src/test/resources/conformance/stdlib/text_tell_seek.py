# stdlib: text files' tell/seek/read/readline in random mixes over multi-byte text and CRLF line ends
import random, os
rnd = random.Random(7)
out = []
alphabet = ["a", "b", "é", "\n", "\r\n", "ü€", "xyz"]
for trial in range(60):
    content = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
    with open("_tmp_text_tell_seek.txt", "w", newline="") as f:
        f.write(content)
    nl = rnd.choice([None, "\n", "\r\n"])
    with open("_tmp_text_tell_seek.txt", newline=nl, encoding="utf-8") as f:
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
os.remove("_tmp_text_tell_seek.txt")
print("\n".join(out))
