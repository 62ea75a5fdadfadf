# errors: break outside a loop is a SyntaxError
print("not printed")
if True:
    break
