import helper_partial_a

print("b sees a partially:", hasattr(helper_partial_a, "EARLY"), sorted(n for n in vars(helper_partial_a) if not n.startswith("__")))
B_NAME = "b"
