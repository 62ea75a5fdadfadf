# stdlib: time.struct_time (tm_zone, tm_gmtoff), strftime directives, asctime/ctime, mktime, clocks
import time

st = time.gmtime(1_000_000_000)
print(st, st.tm_zone, st.tm_gmtoff, len(st), tuple(st), st[-1], st[:3])
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %u %V %G %g %e %C %y", st))
print(time.strftime("%D %F %T %R %r %p %I %k %l %Z %z %% %c %x %X %h %n%t|", st))
print(time.asctime(st), time.asctime((2020, 2, 3, 4, 5, 6, 0, 34, 0)))
for secs in [0, 86399, 951782400, 4102444800]:
    g = time.gmtime(secs)
    print(secs, g.tm_year, g.tm_yday, g.tm_wday, time.strftime("%U %W %V %G %j", g))
lt = time.localtime(1_000_000_000)
print(time.mktime(lt) == 1_000_000_000, time.ctime(1_000_000_000) == time.asctime(lt))
print(time.mktime((2020, 14, 35, 25, 61, 61, 0, 0, -1)) == time.mktime((2021, 3, 8, 2, 2, 1, 0, 0, -1)))
print(isinstance(lt.tm_zone, str), lt.tm_gmtoff == -time.timezone or lt.tm_isdst == 1)
print(isinstance(time.tzname, tuple), len(time.tzname), time.daylight in (0, 1))
s2 = time.struct_time((2020, 2, 29, 12, 0, 0, 5, 60, 0))
print(s2, s2.tm_zone, s2.tm_gmtoff, time.strftime("%d.%m.%Y %H:%M %A", s2))
s3 = time.struct_time((2020, 2, 29, 12, 0, 0, 5, 60, 0, "XYZ", 3600))
print(s3, s3.tm_zone, s3.tm_gmtoff, time.strftime("%Z %z", s3))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0),
            (2020, 1, 1, 0, 60, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 367, 0)]:
    try:
        time.strftime("%Y", bad)
    except ValueError as e:
        print(e)
print(time.strftime("%Y %m %d %j", (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
for bad in [(1, 2), "x", 5]:
    try:
        time.mktime(bad)
    except TypeError as e:
        print(e)
for bad in [(1, 2), tuple(range(12))]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print(e)
try:
    time.get_clock_info("nope")
except ValueError as e:
    print(e)
for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, info.resolution)
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, isinstance(time.clock_gettime(time.CLOCK_REALTIME), float),
      isinstance(time.clock_gettime_ns(time.CLOCK_MONOTONIC), int))
a, b = time.monotonic_ns(), time.perf_counter_ns()
time.sleep(0.01)
print(time.monotonic_ns() - a >= 9_000_000, time.perf_counter_ns() - b >= 9_000_000, time.thread_time() >= 0,
      isinstance(time.process_time_ns(), int), abs(time.time_ns() / 1e9 - time.time()) < 1)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.tzset())
