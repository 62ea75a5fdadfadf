# modules: a module is a singleton: state changed through one name is seen through every other
import helper_registry
import helper_registry as reg
from helper_registry import register, items
print(helper_registry.module_name, reg.module_name)
register("a")
reg.register("b")
helper_registry.register("c")
print(helper_registry.items, items, items is reg.items)
print(reg.calls, helper_registry.snapshot())
from helper_registry import calls
print("copied int at import time:", calls)
register("d")
print("copy is stale:", calls, "module sees:", reg.calls)
helper_registry.items = ["replaced"]
print(items, reg.items)
reg.new_attribute = "added from outside"
print(helper_registry.new_attribute)
