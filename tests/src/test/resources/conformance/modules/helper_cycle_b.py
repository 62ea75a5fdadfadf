"""Second half of the cycle: imports helper_cycle_a while it is still loading."""
import helper_cycle_a

saw_name = hasattr(helper_cycle_a, "NAME")

def pong(n):
    if n == 0:
        return ["b done"]
    return [f"b{n}"] + helper_cycle_a.ping(n - 1)
