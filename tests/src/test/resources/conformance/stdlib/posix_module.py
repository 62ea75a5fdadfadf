# stdlib: posix (the os functions' Java side): files, directories, stat, scandir, descriptors, pipes
import posix
import errno

D = "_tmp_posix_module"
posix.mkdir(D)
for n in ["b.txt", "a.txt"]:
    fd = posix.open(D + "/" + n, posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
    print(posix.write(fd, b"data-" + n.encode()), posix.lseek(fd, 0, 1))
    posix.close(fd)
print(sorted(posix.listdir(D)), sorted(posix.listdir(D.encode())))
st = posix.stat(D + "/a.txt")
print(st.st_size, st[6], len(st), type(st.st_mtime).__name__, st.st_mtime_ns // 10**9 == st[8],
      oct(st.st_mode & 0o777), st.st_mode & 0o170000 == 0o100000, st.st_nlink, type(st).__name__)
print(posix.stat(D).st_mode & 0o170000 == 0o040000, tuple(st)[6], st == posix.stat(D + "/a.txt"))
with posix.scandir(D) as it:
    for e in sorted(it, key=lambda e: e.name):
        print(e, e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size, e.inode() == e.stat().st_ino)
print(sorted(e.name for e in posix.scandir(D.encode())))
posix.mkdir(D + "/sub")
print(sorted((e.name, e.is_dir()) for e in posix.scandir(D)))

for op, args in [(posix.mkdir, (D,)), (posix.rmdir, (D,)), (posix.stat, ("missing",)),
                 (posix.unlink, (D + "/sub",)), (posix.rmdir, (D + "/a.txt",)),
                 (posix.listdir, (D + "/a.txt",)), (posix.chdir, ("missing",)),
                 (posix.open, ("missing", posix.O_RDONLY)), (posix.rename, ("missing", "other"))]:
    try:
        op(*args)
    except OSError as e:
        print(op.__name__, type(e).__name__, e.errno, errno.errorcode[e.errno], e)

posix.rename(D + "/a.txt", D + "/c.txt")
posix.replace(D + "/b.txt", D + "/c.txt")
print(sorted(posix.listdir(D)))

r, w = posix.pipe()
print(posix.write(w, b"through a pipe"))
print(posix.read(r, 7), posix.read(r, 100))
posix.close(r)
posix.close(w)
try:
    posix.close(r)
except OSError as e:
    print(e)
try:
    posix.read(12345, 1)
except OSError as e:
    print(e)

fd = posix.open(D + "/c.txt", posix.O_RDONLY)
fd2 = posix.dup(fd)
print(fd2 > fd, posix.read(fd2, 4), posix.read(fd, 4))
posix.close(fd)
print(posix.read(fd2, 100), posix.read(fd2, 100))
print(posix.fstat(fd2).st_size)
posix.close(fd2)
fd = posix.open(D + "/c.txt", posix.O_RDWR | posix.O_APPEND)
posix.write(fd, b"+")
posix.lseek(fd, 0, 0)
print(posix.read(fd, 100))
posix.ftruncate(fd, 2)
posix.close(fd)
print(posix.stat(D + "/c.txt").st_size)
try:
    posix.open(D + "/c.txt", posix.O_WRONLY | posix.O_CREAT | posix.O_EXCL)
except FileExistsError as e:
    print(e)

print(posix.strerror(2), posix.strerror(13), posix.access(D, posix.F_OK), posix.access("nope", posix.R_OK),
      posix.access(D + "/c.txt", posix.R_OK | posix.W_OK))
posix.chmod(D + "/c.txt", 0o600)
print(oct(posix.stat(D + "/c.txt").st_mode & 0o777))
posix.utime(D + "/c.txt", (1000000000, 1000000000.5))
st = posix.stat(D + "/c.txt")
print(st.st_mtime, st.st_atime, st[8])
posix.utime(D + "/c.txt", ns=(5, 2000000000))
print(posix.stat(D + "/c.txt").st_mtime_ns)
posix.symlink("c.txt", D + "/link")
print(posix.readlink(D + "/link"), posix.lstat(D + "/link").st_mode & 0o170000 == 0o120000,
      posix.stat(D + "/link").st_size)
posix.link(D + "/c.txt", D + "/hard")
print(posix.stat(D + "/c.txt").st_nlink)
old = posix.getcwd()
posix.chdir(D)
print(posix.getcwd() == old + "/" + D, posix.getcwdb() == (old + "/" + D).encode(), sorted(posix.listdir()))
with open("c.txt") as f:
    print(f.read())
posix.chdir("..")
print(type(posix.environ).__name__, all(isinstance(k, bytes) for k in posix.environ))
print(posix.fspath("x"), posix.fspath(b"y"), posix.getpid() > 0, posix.cpu_count() > 0, len(posix.urandom(5)))
try:
    posix.fspath(3)
except TypeError as e:
    print(e)
print(posix.umask(0o22) >= 0, posix.get_inheritable(1) in (True, False), posix.isatty(12345))
for n in ["c.txt", "link", "hard"]:
    posix.unlink(D + "/" + n)
posix.rmdir(D + "/sub")
posix.rmdir(D)
print(D in posix.listdir("."), posix.uname().sysname, posix.O_CREAT, posix.O_EXCL, posix.O_APPEND, posix.O_RDWR)
sv = posix.statvfs(".")
print(type(sv).__name__, len(sv), sv.f_bsize > 0, sv.f_blocks >= sv.f_bfree >= 0, sv.f_namemax)
