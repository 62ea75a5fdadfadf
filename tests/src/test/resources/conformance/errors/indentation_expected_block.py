# errors: a compound statement without an indented body is an IndentationError
print("not printed")
for i in range(3):
print(i)
