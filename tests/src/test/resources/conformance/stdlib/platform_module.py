# stdlib: platform's answers are strings, sys.version parses, sys.int_info, IOError/EnvironmentError aliases
import platform
import sys

for fn in (platform.system, platform.machine, platform.release, platform.python_version, platform.node,
           platform.python_implementation, platform.python_compiler):
    print(fn.__name__, isinstance(fn(), str))
print("python_version:", platform.python_version(), platform.python_version_tuple())
print("uname fields:", platform.uname()._fields, platform.system())
print("architecture:", isinstance(platform.architecture(), tuple))
print("int_info:", sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
print("int_info is int:", all(isinstance(v, int) for v in sys.int_info))
print("aliases:", IOError is OSError, EnvironmentError is OSError, IOError.__name__)
try:
    open("/nonexistent-dir/x")
except IOError as e:
    print("caught as IOError:", type(e).__name__, e.errno)
