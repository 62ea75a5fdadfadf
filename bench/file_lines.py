"""Writes an N-megabyte text file line by line, then reads it back line by line (text mode,
universal newlines), and the same in binary mode: buffered file I/O and str/bytes lines."""
import os
import sys
import tempfile
import zlib


def write_file(path, megabytes):
    target = megabytes * 1024 * 1024
    written = 0
    i = 0
    with open(path, "w", encoding="utf-8") as f:
        while written < target:
            line = f"{i:08d} the quick brown fox jumps over the lazy dog {i % 97:02d} ünïcödé\n"
            f.write(line)
            written += len(line.encode("utf-8"))
            i += 1
    return i


def read_text(path):
    count = 0
    chars = 0
    crc = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            count += 1
            chars += len(line)
            if count % 1000 == 0:
                crc = zlib.crc32(line.encode("utf-8"), crc)
    return count, chars, crc


def read_binary(path):
    count = 0
    total = 0
    with open(path, "rb") as f:
        for line in f:
            count += 1
            total += len(line)
    return count, total


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "lines.txt")
        lines = write_file(path, n)
        text = read_text(path)
        binary = read_binary(path)
    assert text[0] == lines == binary[0]
    print(f"file_lines n={n} checksum={lines}-{text[1]}-{text[2]}-{binary[1]}")
