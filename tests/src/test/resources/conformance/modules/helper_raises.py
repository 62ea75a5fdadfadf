print("helper_raises: starting")
value = 1 / 0
