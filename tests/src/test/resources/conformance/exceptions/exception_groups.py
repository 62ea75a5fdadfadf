# exceptions: ExceptionGroup construction, except* splitting by type, nesting, subgroup/split
eg = ExceptionGroup("several problems", [ValueError("bad value"), TypeError("bad type"), ValueError("again")])
print(str(eg), "|", eg.message, "|", len(eg.exceptions))
print([repr(e) for e in eg.exceptions])
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
try:
    raise eg
except* ValueError as group:
    print("ValueErrors:", [str(e) for e in group.exceptions], type(group).__name__)
except* TypeError as group:
    print("TypeErrors:", [str(e) for e in group.exceptions])
def unhandled_part():
    try:
        raise ExceptionGroup("mixed", [KeyError("k"), IndexError("i")])
    except* KeyError:
        print("handled the KeyError part")
try:
    unhandled_part()
except ExceptionGroup as rest:
    print("leftover:", rest.message, [type(e).__name__ for e in rest.exceptions])
try:
    raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [ValueError(2), OSError(3)])])
except* ValueError as g:
    print("nested values:", str(g), [type(e).__name__ for e in g.exceptions])
except* OSError as g:
    print("nested os:", str(g))
try:
    raise ValueError("plain")
except* ValueError as g:
    print("plain exception wrapped:", type(g).__name__, repr(g.exceptions[0]))
match, rest = eg.split(ValueError)
print(str(match), [str(e) for e in match.exceptions], str(rest))
sub = eg.subgroup(lambda e: "again" in str(e))
print(str(sub), sub.exceptions[0])
print(eg.subgroup(KeyError))
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError", e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print("ValueError", e)
class Failure(Exception):
    pass
def run_tasks(tasks):
    errors = []
    for name, fn in tasks:
        try:
            fn()
            print("task ok:", name)
        except Exception as exc:
            exc.add_note(f"in task {name}")
            errors.append(exc)
    if errors:
        raise ExceptionGroup("task failures", errors)
try:
    run_tasks([("a", lambda: 1), ("b", lambda: 1 / 0), ("c", lambda: [][1]), ("d", lambda: None)])
except* ZeroDivisionError as g:
    print("zero:", [e.__notes__ for e in g.exceptions])
except* LookupError as g:
    print("lookup:", [(type(e).__name__, e.__notes__) for e in g.exceptions])
