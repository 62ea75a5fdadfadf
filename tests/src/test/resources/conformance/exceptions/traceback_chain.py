# exceptions: traceback objects: tb_frame, tb_lineno and tb_next from the outermost frame to where it was raised
import sys
def inner(): raise ValueError("x")
def outer(): inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    print(sys.exc_info()[2].tb_frame.f_code.co_name)
