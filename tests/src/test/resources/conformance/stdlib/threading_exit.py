# stdlib: threading at exit: non-daemon threads are waited for, daemon threads are not; an uncaught exception in a thread is reported and the program goes on
import threading
import time


def late():
    time.sleep(0.05)
    print("non-daemon thread finished")


def forever():
    time.sleep(60)
    print("never printed")


def boom():
    raise ValueError("in a thread")


threading.Thread(target=late).start()
threading.Thread(target=forever, daemon=True).start()
t = threading.Thread(target=boom, name="boom")
t.start()
t.join()
print("main done; alive:", t.is_alive())
