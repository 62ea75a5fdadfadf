# concurrent.futures: a failing initializer breaks the pool (BrokenThreadPool for queued and new jobs)
import concurrent.futures as cf
def bad(): raise OSError("no")
ex = cf.ThreadPoolExecutor(max_workers=1, initializer=bad)
f = ex.submit(print, "x")
try:
    f.result(timeout=5)
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
try:
    ex.submit(print, "y")
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
