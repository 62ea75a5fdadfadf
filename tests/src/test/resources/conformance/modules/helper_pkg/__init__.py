"""A package whose __init__ imports its own submodules relatively."""
print("helper_pkg: running __init__ as", __name__, "package", __package__)
from . import core
from .core import double

VERSION = (1, 2)
