# statements: assert passes silently, fails with AssertionError carrying the optional message
def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n
print(check_positive(3))
for value in [5, 0, -2]:
    try:
        check_positive(value)
        print("ok", value)
    except AssertionError as e:
        print("AssertionError:", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert message:", repr(str(e)), e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("non-string message:", e.args[0])
calls = []
def msg():
    calls.append("msg evaluated")
    return "lazy"
assert True, msg()
print("message evaluated on success?", calls)
try:
    assert False, msg()
except AssertionError as e:
    print(e, calls)
pair = (1, 2)
assert pair
assert "non-empty"
print("truthy tuples and strings pass")
def validate(record):
    assert isinstance(record, dict), "record must be a dict"
    assert "id" in record, "missing id"
    assert record["id"] >= 0, "negative id"
    return "valid"
for r in [{"id": 1}, {"name": "x"}, [1], {"id": -5}]:
    try:
        print(validate(r))
    except AssertionError as e:
        print("invalid:", e)
print(issubclass(AssertionError, Exception))
