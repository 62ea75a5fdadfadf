# exceptions: handler selection by class, tuples of classes, BaseException subclasses, re-raising
def classify(exc):
    try:
        raise exc
    except (ValueError, TypeError) as e:
        return f"value-or-type: {type(e).__name__}"
    except LookupError as e:
        return f"lookup: {type(e).__name__}"
    except Exception as e:
        return f"exception: {type(e).__name__}"
    except BaseException as e:
        return f"base: {type(e).__name__}"
for exc in [ValueError("v"), TypeError, KeyError("k"), IndexError, UnicodeDecodeError("utf-8", b"", 0, 1, "x"),
            ZeroDivisionError, NotImplementedError, RecursionError, StopIteration, GeneratorExit,
            KeyboardInterrupt, SystemExit(2), FileNotFoundError, ConnectionResetError, TimeoutError]:
    print(classify(exc))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(NotImplementedError, RuntimeError), issubclass(RecursionError, RuntimeError))
print(issubclass(FileNotFoundError, OSError), issubclass(ConnectionRefusedError, ConnectionError), issubclass(TimeoutError, OSError))
print(issubclass(UnboundLocalError, NameError), issubclass(ModuleNotFoundError, ImportError), issubclass(OverflowError, ArithmeticError))
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("KeyboardInterrupt caught as BaseException:", repr(e))
handlers = (KeyError, ValueError)
try:
    raise KeyError("dynamic tuple")
except handlers as e:
    print("dynamic handler tuple:", e)
def reraise():
    try:
        int("nope")
    except ValueError:
        print("logging then re-raising")
        raise
try:
    reraise()
except ValueError as e:
    print("re-raised:", e)
def raise_other():
    try:
        raise KeyError("k")
    except KeyError as e:
        raise e
try:
    raise_other()
except KeyError as e:
    print("raise e keeps:", repr(e))
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("wrong")
except ValueError as e:
    print("unmatched inner handler propagates:", e)
try:
    raise TypeError("not an instance") from None
except TypeError as e:
    print(e)
try:
    raise 42
except TypeError as e:
    print("TypeError", e)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print("TypeError", e)
try:
    try:
        raise ValueError
    except NotAnException:
        pass
except TypeError as e:
    print("TypeError", e)
try:
    raise OSError(2, "No such file")
except OSError as e:
    print(e.errno, e.strerror, e)
