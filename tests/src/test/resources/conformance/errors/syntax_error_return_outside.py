# errors: return outside a function is rejected at compile time
print("not printed")
return 5
