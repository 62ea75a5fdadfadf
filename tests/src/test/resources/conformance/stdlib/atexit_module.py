# stdlib: atexit: LIFO order after the main module and after non-daemon threads, arguments, unregister, a failing handler does not stop the others
import atexit
import threading
import time


def bye(who, end="."):
    print(f"bye {who}{end}")


atexit.register(bye, "first", end="!")
h = atexit.register(bye, "second")
print(h is bye)
atexit.register(print, "unregistered")
atexit.unregister(print)
atexit.register(lambda: 1 / 0)
atexit.register(bye, "last registered")


def late():
    time.sleep(0.05)
    print("thread done before atexit")


threading.Thread(target=late).start()
print("main done")
