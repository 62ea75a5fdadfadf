# errors: an uncaught ValueError after some output; stdout so far is kept, exit code 1
def parse_all(texts):
    out = []
    for t in texts:
        out.append(int(t))
        print("parsed", t)
    return out
print("start")
parse_all(["1", "22", "3x3", "4"])
print("never printed")
