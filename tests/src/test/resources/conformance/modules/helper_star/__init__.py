__all__ = ["shown", "_private_but_listed", "part"]
shown = "shown"
hidden = "not in __all__"
_private_but_listed = "listed"
