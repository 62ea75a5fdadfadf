"""Half of a cycle that looks names up while the other half is still loading."""
import helper_partial_b

EARLY = "a early"
print("a sees b.B_NAME:", helper_partial_b.B_NAME)
LATE = "a late"
