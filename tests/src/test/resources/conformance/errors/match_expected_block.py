# errors: a match statement with no indented case block after it
print("never printed")
match 1:
case = 2
