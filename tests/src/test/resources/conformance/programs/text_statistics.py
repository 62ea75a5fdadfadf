# programs: text analysis: word frequencies, sentence stats, n-grams, justified text and a histogram
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity.
It was the season of Light, it was the season of Darkness; it was the spring of hope,
it was the winter of despair. We had everything before us, we had nothing before us!"""

def words(text):
    cleaned = "".join(ch.lower() if ch.isalpha() or ch.isspace() else " " for ch in text)
    return cleaned.split()

ws = words(TEXT)
print("words:", len(ws), "distinct:", len(set(ws)))
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for word, n in top:
    print(f"{word:>8} {n:>3} {'#' * n}")
sentences = [s.strip() for s in TEXT.replace("!", ".").replace(";", ".").split(".") if s.strip()]
print("sentences:", len(sentences))
lengths = [len(words(s)) for s in sentences]
print("words per sentence:", lengths, "avg:", round(sum(lengths) / len(lengths), 2))
bigrams = {}
for a, b in zip(ws, ws[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
common = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print("bigrams:", [f"{a} {b}={n}" for (a, b), n in common])
by_length = {}
for w in sorted(set(ws)):
    by_length.setdefault(len(w), []).append(w)
for n in sorted(by_length):
    print(n, by_length[n][:5])
longest = max(ws, key=lambda w: (len(w), w))
print("longest:", longest, "vowels:", sum(ch in "aeiou" for ch in longest))
def justify(words_, width):
    lines, line = [], []
    for w in words_:
        if line and len(" ".join(line + [w])) > width:
            lines.append(line)
            line = []
        line.append(w)
    out = []
    for ln in lines:
        gaps = len(ln) - 1
        spaces = width - sum(len(w) for w in ln)
        if gaps == 0:
            out.append(ln[0].ljust(width))
            continue
        result = ""
        for i, w in enumerate(ln[:-1]):
            result += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
        out.append(result + ln[-1])
    out.append(" ".join(line).ljust(width))
    return out
for row in justify(TEXT.split()[:30], 36):
    print(f"|{row}|")
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
total = sum(letters.values())
for ch, n in sorted(letters.items(), key=lambda kv: -kv[1])[:5]:
    print(f"{ch}: {n / total:6.2%}")
caps = [w.strip(",.;!") for w in TEXT.split() if w[0].isupper()]
print("capitalized:", caps)
print("palindromes:", sorted({w for w in ws if len(w) > 1 and w == w[::-1]}))
