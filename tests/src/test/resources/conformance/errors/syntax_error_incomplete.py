# errors: an expression cut short is reported as invalid syntax
print("not printed")
total = 1 +
print(total)
