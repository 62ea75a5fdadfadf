# stdlib: text files in utf-8-sig: the BOM is written first and skipped on reading
with open("_tmp_utf8_sig.txt", "w", encoding="utf-8-sig") as f:
    f.write("héllo\n")
    f.write("second\n")
print(open("_tmp_utf8_sig.txt", "rb").read())
with open("_tmp_utf8_sig.txt", encoding="utf-8-sig") as f:
    print(repr(f.readline()), f.tell(), repr(f.read()), f.encoding)
with open("_tmp_utf8_sig.txt", encoding="utf-8") as f:
    print(repr(f.read()))
with open("_tmp_utf8_sig.txt", encoding="utf-8-sig") as f:
    print(repr(f.read()))
with open("_tmp_utf8_sig.txt", "a", encoding="utf-8-sig") as f:
    f.write("third\n")
print(open("_tmp_utf8_sig.txt", "rb").read())
with open("_tmp_utf8_plain.txt", "w") as f: f.write("no bom\n")
with open("_tmp_utf8_plain.txt", encoding="utf-8-sig") as f: print(repr(f.read()))
import os; os.remove("_tmp_utf8_sig.txt"); os.remove("_tmp_utf8_plain.txt")
