# stdlib: sys's installation prefixes outside a virtual environment (gettext and sysconfig read them)
import sys
print(sys.base_prefix == sys.prefix, sys.exec_prefix == sys.base_exec_prefix, sys.prefix == sys.exec_prefix)
print(type(sys.prefix).__name__, sys.platlibdir)
