# stdlib: open() and posix reads on character devices (/dev/null, /dev/zero, /dev/urandom)
import os
with open(os.devnull, "w") as f:
    print(f.write("gone"), f.seekable())
with open(os.devnull, "rb") as f:
    print(f.read(), f.read(10))
with open("/dev/urandom", "rb") as f:
    print(len(f.read(16)), len(f.read(100000)))
with open("/dev/zero", "rb", buffering=0) as f:
    print(f.read(5))
fd = os.open("/dev/urandom", os.O_RDONLY)
print(len(os.read(fd, 33)))
os.close(fd)
