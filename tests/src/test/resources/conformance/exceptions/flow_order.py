# exceptions: execution order of try/except/else/finally across normal, handled and unhandled paths
def run(mode):
    steps = []
    try:
        try:
            steps.append("try")
            if mode == "value":
                raise ValueError("v")
            if mode == "key":
                raise KeyError("k")
            if mode == "return":
                return steps + ["returned"]
            steps.append("try-end")
        except ValueError as e:
            steps.append(f"except ValueError {e}")
        else:
            steps.append("else")
        finally:
            steps.append("finally")
        steps.append("after")
    except KeyError:
        steps.append("outer caught KeyError")
    return steps
for mode in ["ok", "value", "key", "return"]:
    print(mode, run(mode))
def nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer except", e)
    else:
        print("outer else not run")
    finally:
        print("outer finally")
nested()
def else_raises():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("from else")
    finally:
        print("finally after else raised")
try:
    else_raises()
except ValueError as e:
    print("caught", e)
def handler_raises():
    try:
        raise KeyError("first")
    except KeyError:
        raise IndexError("second")
    finally:
        print("finally while IndexError propagates")
try:
    handler_raises()
except IndexError as e:
    print("caught", repr(e), "context", repr(e.__context__))
try:
    raise ValueError("x")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError", e)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
def multiple_excepts(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup {type(e).__name__}"
    except ArithmeticError as e:
        return f"arith {type(e).__name__}"
    except Exception as e:
        return f"generic {type(e).__name__}"
for exc in [KeyError, IndexError(), ZeroDivisionError, OverflowError, RuntimeError, LookupError]:
    print(multiple_excepts(exc))
