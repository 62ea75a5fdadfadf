# errors: finally blocks and context managers run before an uncaught exception terminates the program
class Guard:
    def __enter__(self):
        print("guard enter")
    def __exit__(self, *exc):
        print("guard exit with", exc[0].__name__)
def work():
    try:
        with Guard():
            print("working")
            raise TimeoutError("operation timed out after 3 retries")
    finally:
        print("outer finally")
try:
    work()
finally:
    print("module-level finally")
