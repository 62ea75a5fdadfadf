# The launcher runs this once at build time to record which classes a typical program
# loads (an application class-data-sharing archive): the common builtins, a class, a
# generator, f-strings, an import, and asyncio; bisect is a module of CPython's Lib, read from
# its compiled-module cache entry.
import asyncio
import bisect
import sys


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y:.2f})"


def squares(n):
    for i in range(n):
        yield i * i


async def tick(n):
    await asyncio.sleep(0)
    return n


async def main():
    return sum(await asyncio.gather(*(tick(i) for i in range(3))))


try:
    print(Point(1, 2.5), sorted({3: "c", 1: "a"}.items()), list(squares(4)), bisect.bisect([1, 3], 2), asyncio.run(main()), file=sys.stderr)
except Exception as e:
    print("training run failed:", e, file=sys.stderr)

# What many programs import next: regular expressions, argparse (and through it enum, gettext,
# operator, warnings), named tuples, lru_cache.
try:
    import argparse
    import collections
    import functools
    import re

    Pair = collections.namedtuple("Pair", "key value")
    found = [Pair(*m.groups()) for m in re.finditer(r"(\w+)=(\d+)", "a=1 bc=22")]
    parser = argparse.ArgumentParser(prog="training")
    parser.add_argument("--count", type=int, default=1)
    functools.lru_cache(maxsize=8)(len)("abc")
    print(found, parser.parse_args(["--count", "2"]), file=sys.stderr)
except Exception as e:
    print("training run failed:", e, file=sys.stderr)

# datetime (the Java _datetime types under CPython's datetime.py), which logging and many scripts use.
try:
    import datetime

    stamp = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc) + datetime.timedelta(days=1)
    print(stamp.isoformat(), datetime.date.fromisoformat("2024-01-02").strftime("%Y"), file=sys.stderr)
except Exception as e:
    print("training run failed:", e, file=sys.stderr)
