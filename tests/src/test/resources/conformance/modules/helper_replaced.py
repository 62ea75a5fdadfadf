"""A module that puts another object in its place in sys.modules while it loads."""
import sys


class _Replacement:
    kind = "replacement object"

    def __getattr__(self, name):
        return f"computed {name}"


sys.modules[__name__] = _Replacement()
