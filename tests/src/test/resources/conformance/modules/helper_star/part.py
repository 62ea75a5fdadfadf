NAME = "part, imported because __all__ names it"
