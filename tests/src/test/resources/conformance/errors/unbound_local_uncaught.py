# errors: reading a local variable before assignment raises UnboundLocalError
total = 10
def add(n):
    total += n
    return total
print("calling add")
add(5)
