# exceptions: finally with return/break/continue, overriding results and swallowing exceptions
def override():
    try:
        return "try"
    finally:
        return "finally"
print(override())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the error"
print(swallow())
def value_snapshot():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("finally set x to", x)
print(value_snapshot())
def mutable_snapshot():
    data = [1]
    try:
        return data
    finally:
        data.append(2)
print(mutable_snapshot())
def break_in_finally():
    for i in range(5):
        try:
            if i == 2:
                raise RuntimeError("dropped by break")
        finally:
            if i == 2:
                break
    return i
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def count_finally():
    log = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    return log
            finally:
                log.append(f"inner {i}")
        finally:
            log.append(f"outer {i}")
    return log
print(count_finally())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                break
        finally:
            print("tick", n)
    return n
print(while_finally())
def reraise_after_finally():
    try:
        try:
            1 / 0
        finally:
            print("cleanup before propagation")
    except ZeroDivisionError as e:
        return f"propagated {e}"
print(reraise_after_finally())
def finally_exception_replaces():
    try:
        try:
            raise KeyError("original")
        finally:
            raise ValueError("replacement")
    except Exception as e:
        return f"{type(e).__name__}: {e} (context {type(e.__context__).__name__})"
print(finally_exception_replaces())
def generator_return_finally():
    try:
        yield 1
        return
    finally:
        print("generator finally")
print(list(generator_return_finally()))
