# stdlib: signal: handlers for os.kill of the own process and raise_signal, SIG_IGN and SIG_DFL, default_int_handler, the Signals enum, errors
import os
import signal
import time

got = []


def handler(signum, frame):
    got.append((signal.Signals(signum).name, type(frame).__name__, frame.f_lineno > 0))


old = signal.signal(signal.SIGUSR1, handler)
print(repr(old), old == signal.SIG_DFL, str(old))
os.kill(os.getpid(), signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR1)
print(got)
print(signal.getsignal(signal.SIGUSR1) is handler, signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print("ignored:", len(got), signal.getsignal(signal.SIGUSR1))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)

print(repr(signal.SIGINT), str(signal.SIGTERM), f"{signal.SIGHUP}", signal.SIGUSR2 + 0, signal.SIGTERM.name, signal.SIGTERM.value)
print(signal.Signals(2) is signal.SIGINT, signal.SIGIOT is signal.SIGABRT, repr(signal.SIG_IGN), signal.NSIG)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGCHLD))
print([signal.strsignal(s) for s in (signal.SIGHUP, signal.SIGKILL, signal.SIGALRM, signal.SIGCHLD)])
print(sorted(signal.valid_signals())[:5], len(signal.valid_signals()))

try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("default_int_handler raises", type(e).__name__)

for bad in (lambda: signal.signal(0, handler), lambda: signal.getsignal(65), lambda: signal.Signals(99),
            lambda: signal.signal(signal.SIGSTOP, handler), lambda: signal.signal(signal.SIGUSR2, 3.5),
            lambda: os.kill(os.getpid(), 99)):
    try:
        bad()
    except (ValueError, OSError, TypeError) as e:
        print(type(e).__name__, e)


# a handler runs in the middle of a busy loop, and its exception stops it
class Stop(Exception):
    pass


def stop(signum, frame):
    raise Stop(signal.Signals(signum).name)


signal.signal(signal.SIGALRM, stop)
signal.setitimer(signal.ITIMER_REAL, 0.05)
n = 0
try:
    while True:
        n += 1
except Stop as e:
    print("loop stopped by", e, n > 0)
signal.alarm(1)
print("alarm pending:", 0 < signal.getitimer(signal.ITIMER_REAL)[0] <= 1, signal.alarm(0))
try:
    signal.alarm(0)
    signal.setitimer(signal.ITIMER_REAL, 0.02)
    time.sleep(5)
except Stop as e:
    print("sleep interrupted by", e)
