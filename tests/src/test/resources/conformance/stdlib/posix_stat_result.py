# posix.stat_result made from a sequence, as CPython's: 10 to 19 items, float times filled from whole seconds.
import posix

s = posix.stat_result(tuple(range(10)))
print(s, len(s), s[7], s[-1])
print(s.st_mode, s.st_size, s.st_atime, s.st_mtime, s.st_ctime, s.st_atime_ns, s.st_blksize, s.st_rdev)
s = posix.stat_result(tuple(range(19)))
print(s.st_atime, s.st_mtime, s.st_ctime, s.st_mtime_ns, s.st_blksize, s.st_blocks, s.st_rdev, s[7])
print(s == tuple(range(10)), s[:3], list(s)[8:])
print(posix.stat_result.n_sequence_fields, posix.stat_result.n_fields, posix.stat_result.n_unnamed_fields)
for bad in [(1, 2), tuple(range(20))]:
    try:
        posix.stat_result(bad)
    except TypeError as e:
        print("TypeError:", e)
st = posix.stat(".")
print(type(st).__name__, type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, st.st_mtime_ns // 10**9 == st[8])
