# statements: while/else and for/else, break/continue, nested loops with flags
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found", target, "at", i)
            break
    else:
        print("no", target)
find([3, 5, 7], 5)
find([3, 5, 7], 4)
find([], 1)
n = 0
while n < 3:
    n += 1
else:
    print("while finished normally with n =", n)
n = 0
while True:
    n += 1
    if n == 4:
        break
else:
    print("never printed")
print("broke at", n)
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
else:
    print("not reached")
primes = []
for candidate in range(2, 30):
    for p in primes:
        if candidate % p == 0:
            break
    else:
        primes.append(candidate)
print(primes)
for i in range(3):
    for j in range(3):
        if j == 2:
            continue
        if i == 2:
            break
        print(i, j, end="; ")
    else:
        print("inner done for", i)
print()
count = 5
while count:
    count -= 1
    if count == 2:
        continue
    print("count", count)
else:
    print("countdown else")
for x in []:
    print("never")
else:
    print("empty for runs else")
while False:
    pass
else:
    print("while False runs else")
total = 0
for ch in "a1b2c3":
    if not ch.isdigit():
        continue
    total += int(ch)
print("digit total", total)
i = 0
while i < 10:
    i += 3
    if i == 6:
        print("six")
else:
    print("ended at", i)
