# stdlib: errno's names and errorcode, and OSError picking its subclass from errno
import errno

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EISDIR, errno.ENOTDIR, errno.EAGAIN, errno.EWOULDBLOCK,
      errno.EINTR, errno.EPIPE, errno.ECONNREFUSED, errno.ETIMEDOUT, errno.EDEADLOCK, errno.EDEADLK)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95], len(errno.errorcode))
print(sorted(errno.errorcode.items())[:5])
names = sorted(n for n in dir(errno) if n.startswith("E"))
print(len(names), names[:6], names[-3:])
for code in [errno.ENOENT, errno.EACCES, errno.EPERM, errno.EEXIST, errno.EISDIR, errno.ENOTDIR,
             errno.EAGAIN, errno.EPIPE, errno.ECHILD, errno.ESRCH, errno.ETIMEDOUT, errno.EINVAL]:
    e = OSError(code, "message", "file.txt")
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.args, str(e))
e = OSError(2, "No such file", "a", None, "b")
print(e, e.filename2, e.args)
e = FileNotFoundError("just text")
print(e, e.errno, e.filename, e.args)
