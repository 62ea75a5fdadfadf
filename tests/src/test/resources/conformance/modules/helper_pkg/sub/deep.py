"""Two levels down: reaches its grandparent's modules with '..'."""
from ..core import double as twice
from .. import VERSION
from . import sibling

value = twice(21)
parent_version = VERSION
