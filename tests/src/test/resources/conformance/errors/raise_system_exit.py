# errors: raising SystemExit directly with a code; exit status follows the code
print("raising SystemExit(42)")
raise SystemExit(42)
