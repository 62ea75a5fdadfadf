# errors: an unterminated string literal names the line where it was detected
print("not printed")
message = 'unterminated
print(message)
