# errors: an exception raised inside a generator propagates out of the consuming for loop
def readings():
    for raw in ["12.5", "13.0", "n/a", "14.2"]:
        yield float(raw)
total = 0
for r in readings():
    total += r
    print("running total", total)
