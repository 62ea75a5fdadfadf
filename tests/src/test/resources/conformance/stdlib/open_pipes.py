# stdlib: text and binary file objects over os.pipe() descriptors (fdopen, unseekable streams)
import os
r, w = os.pipe()
wf = os.fdopen(w, "w")
rf = os.fdopen(r)
print(wf, rf.seekable(), wf.seekable())
wf.write("line one\nline two\n")
wf.flush()
print(repr(rf.readline()))
wf.write("three")
wf.close()
print(repr(rf.read()))
try:
    rf.tell()
except OSError as e:
    print(type(e).__name__, e)
rf.close()
try:
    os.fdopen("x")
except TypeError as e:
    print(e)
b = open(os.pipe()[1], "wb", buffering=0)
print(b.seekable(), b.mode)
try:
    b.seek(0)
except OSError as e:
    print(type(e).__name__, e.errno, e)
