# exceptions: exceptions interacting with loops: retry loops, skipping bad records, else/finally per iteration
records = ["10", "x", "30", "", "5.5", "-7"]
total = 0
bad = []
for raw in records:
    try:
        value = int(raw)
    except ValueError:
        bad.append(raw)
        continue
    else:
        total += value
    finally:
        pass
print("total", total, "bad", bad)
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError(f"attempt {attempts} failed")
    return "connected"
for attempt in range(5):
    try:
        result = flaky()
    except ConnectionError as e:
        print("retrying after:", e)
    else:
        print(result, "after", attempts, "attempts")
        break
else:
    print("gave up")
def first_int(items):
    for item in items:
        try:
            return int(item)
        except (TypeError, ValueError):
            continue
        finally:
            print("  checked", repr(item))
    return None
print(first_int([None, "a", "42", "7"]))
print(first_int([]))
i = 0
while True:
    try:
        i += 1
        if i == 2:
            raise KeyError("skip two")
        if i == 4:
            break
        print("iteration", i)
    except KeyError as e:
        print("handled", e)
    finally:
        print("cleanup", i)
matrix = [[1, 2], [3, 0], [4, 5]]
for row in matrix:
    try:
        print(row[0] / row[1])
    except ZeroDivisionError:
        print("division by zero in", row)
results = {}
for key in ["a", "b", "c"]:
    try:
        results[key] = {"a": 1, "c": 3}[key]
    except KeyError as e:
        results[key] = f"missing {e}"
print(results)
def nested_loop_search(grid, target):
    try:
        for r, row in enumerate(grid):
            for c, v in enumerate(row):
                if v == target:
                    raise StopIteration((r, c))
    except StopIteration as found:
        return found.value
    return None
print(nested_loop_search([[1, 2], [3, 4]], 3), nested_loop_search([[1]], 9))
