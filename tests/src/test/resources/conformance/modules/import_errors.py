# modules: failed imports raise ModuleNotFoundError / ImportError that can be caught
try:
    import helper_does_not_exist
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)
try:
    import helper_does_not_exist as h
except ImportError as e:
    print("caught as ImportError:", type(e).__name__)
try:
    from helper_geometry import no_such_name
except ImportError as e:
    print("ImportError", type(e).__name__, "cannot import name" in str(e), e.name)
try:
    from helper_missing_module import anything
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    import helper_geometry
    missing = helper_geometry.not_there
except AttributeError as e:
    print("AttributeError", e)
try:
    import helper_raises
except ZeroDivisionError as e:
    print("error while importing:", e)
try:
    import helper_raises
except ZeroDivisionError as e:
    print("second import retries and fails again:", e)
print("program continues")
