# stdlib: platform — the functions scripts call return strings of the right shape; uname is a named tuple; sys facts platform relies on
import platform
import sys

for fn in (platform.system, platform.machine, platform.release, platform.version, platform.node,
           platform.processor, platform.python_version, platform.python_compiler):
    print(f"{fn.__name__}() is str:", isinstance(fn(), str))
print("system:", platform.system())
print("python_version:", platform.python_version(), platform.python_version_tuple())
print("python_version matches sys:", platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
u = platform.uname()
print("uname fields:", u._fields, len(u), u.system == u[0], u.system == platform.system())
print("architecture:", isinstance(platform.architecture(), tuple), len(platform.architecture()))
print("python_build is pair:", isinstance(platform.python_build(), tuple), len(platform.python_build()))
print("sys.int_info:", sys.int_info.bits_per_digit > 0, sys.int_info._fields if hasattr(sys.int_info, "_fields") else "")
print("IOError is OSError:", IOError is OSError, EnvironmentError is OSError)
