# primes.py: an endless generator of primes (an incremental sieve), sliced with itertools.
#   ./eddy examples/primes.py [COUNT]
import itertools
import sys


def primes():
    """Yields 2, 3, 5, 7, ... forever; `composites` maps each next multiple to its prime."""
    composites = {}
    for n in itertools.count(2):
        prime = composites.pop(n, None)
        if prime is None:
            yield n
            composites[n * n] = n
        else:
            step = n + prime
            while step in composites:
                step += prime
            composites[step] = prime


count = int(sys.argv[1]) if len(sys.argv) > 1 else 20
first = list(itertools.islice(primes(), count))
print(f"the first {count} primes:", first)
print("twin primes among them:", [(p, q) for p, q in zip(first, first[1:]) if q - p == 2])
