# exceptions: __exit__ gets a traceback that starts at the with's own frame; tb_next = None cuts a traceback; frame.clear()
import traceback

class Catch:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.names = []
        t = tb
        while t is not None:
            self.names.append((t.tb_frame.f_code.co_name, t.tb_lineno))
            t = t.tb_next
        traceback.clear_frames(tb)
        return True

def inner():
    raise ValueError("deep")

def outer():
    with Catch() as c:
        inner()
    return c.names

print(outer())
with Catch() as c:
    [].pop()
print(c.names)

def a():
    b()
def b():
    raise KeyError("k")
try:
    a()
except KeyError as e:
    tb = e.__traceback__
    print(len(traceback.extract_tb(tb)))
    tb.tb_next.tb_next = None
    print([f.name for f in traceback.extract_tb(tb)])
