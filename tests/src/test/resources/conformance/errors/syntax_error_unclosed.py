# errors: a SyntaxError anywhere in the file means nothing runs, not even the first print
print("this line must not appear")
values = [1, 2, 3
print(values)
