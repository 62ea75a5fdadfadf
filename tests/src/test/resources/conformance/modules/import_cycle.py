# modules: a two-module import cycle works when names are looked up at call time
import helper_cycle_a
import helper_cycle_b
print(helper_cycle_a.ping(3))
print(helper_cycle_b.pong(2))
print(helper_cycle_b.helper_cycle_a is helper_cycle_a, helper_cycle_a.helper_cycle_b is helper_cycle_b)
print(helper_cycle_a.NAME, helper_cycle_b.saw_name)
