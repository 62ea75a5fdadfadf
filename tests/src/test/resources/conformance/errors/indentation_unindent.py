# errors: a dedent to a column that matches no outer block is an IndentationError
print("not printed")
if True:
        a = 1
    b = 2
