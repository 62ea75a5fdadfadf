# wordfreq.py: the ten most frequent words of the text on standard input.
#   ./eddy examples/wordfreq.py < README.md
#   echo "to be or not to be" | ./eddy examples/wordfreq.py


def words(line):
    """Lower-case words, punctuation stripped from both ends."""
    for raw in line.split():
        word = raw.strip(".,;:!?()[]{}\"'`*#<>|-_/").lower()
        if word:
            yield word


def read_lines():
    """Standard input, line by line, until end of file."""
    while True:
        try:
            yield input()
        except EOFError:
            return


def top(counts, n):
    """The n most frequent (word, count) pairs, most frequent first, ties alphabetical."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n]


counts = {}
for line in read_lines():
    for word in words(line):
        counts[word] = counts.get(word, 0) + 1
print(f"{sum(counts.values())} words, {len(counts)} different")
for word, count in top(counts, 10):
    print(f"{count:6d}  {word}")
