"""First half of an import cycle: names used only at call time are fine."""
import helper_cycle_b

NAME = "a"

def ping(n):
    if n == 0:
        return ["a done"]
    return [f"a{n}"] + helper_cycle_b.pong(n - 1)

print("helper_cycle_a finished loading; b sees a partially:", helper_cycle_b.saw_name)
