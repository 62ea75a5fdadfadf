# errors: a literal as a for-loop target is a compile-time SyntaxError
print("not printed")
for 1 in range(3):
    pass
