# programs: a command-driven library system reading commands from standard input until EOF
import sys

class Library:
    def __init__(self):
        self.books = {}
        self.loans = {}
        self.members = set()
    def add(self, isbn, *title_words):
        if isbn in self.books:
            return f"error: {isbn} already exists"
        self.books[isbn] = " ".join(title_words)
        return f"added {isbn}: {self.books[isbn]}"
    def join(self, name):
        self.members.add(name)
        return f"welcome {name} ({len(self.members)} members)"
    def lend(self, isbn, name):
        if name not in self.members:
            return f"error: unknown member {name}"
        if isbn not in self.books:
            return f"error: unknown book {isbn}"
        if isbn in self.loans:
            return f"error: {isbn} is lent to {self.loans[isbn]}"
        self.loans[isbn] = name
        return f"{name} borrowed {self.books[isbn]!r}"
    def back(self, isbn):
        name = self.loans.pop(isbn, None)
        return f"{name} returned {isbn}" if name else f"error: {isbn} is not lent"
    def report(self):
        lines = []
        for isbn in sorted(self.books):
            status = f"lent to {self.loans[isbn]}" if isbn in self.loans else "available"
            lines.append(f"  {isbn:<6} {self.books[isbn]:<24} {status}")
        return "\n".join(lines)
    def who(self, name):
        titles = sorted(self.books[i] for i, n in self.loans.items() if n == name)
        return f"{name}: {', '.join(titles) if titles else 'nothing'}"

lib = Library()
commands = {"add": lib.add, "join": lib.join, "lend": lib.lend, "back": lib.back,
            "report": lib.report, "who": lib.who}
line_no = 0
while True:
    try:
        line = input()
    except EOFError:
        break
    line_no += 1
    parts = line.split()
    if not parts or parts[0].startswith("#"):
        continue
    cmd, *args = parts
    handler = commands.get(cmd)
    if handler is None:
        print(f"{line_no}: unknown command {cmd!r}")
        continue
    try:
        print(f"{line_no}: {handler(*args)}")
    except TypeError:
        print(f"{line_no}: bad arguments for {cmd}")
print("processed", line_no, "lines;", len(lib.loans), "books out")
sys.stdout.write("bye\n")
