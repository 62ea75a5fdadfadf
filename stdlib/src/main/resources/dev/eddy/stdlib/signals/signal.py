# The Python half of Eddy's signal module, run in the module's namespace after the Java half
# (dev.eddy.stdlib.signals) has defined signal, getsignal, raise_signal and the rest: the
# Signals, Handlers and Sigmasks int enumerations (repr <Signals.SIGINT: 2>, str and format
# as plain ints, as IntEnum in CPython 3.11) and the SIG* constants.


class _IntEnumeration(int):
    # A small IntEnum: members are ints with a name; calling the class looks a value up.

    def __new__(cls, value):
        try:
            return cls._value2member_map_[int(value)]
        except (KeyError, TypeError, ValueError):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}") from None

    @classmethod
    def _define(cls, name, value):
        member = cls._value2member_map_.get(value)
        if member is None:
            member = int.__new__(cls, value)
            member._name_ = name
            member._value_ = value
            cls._value2member_map_[value] = member
            cls._member_names_.append(name)
        cls._member_map_[name] = member
        setattr(cls, name, member)
        return member

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {self._value_}>"

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __hash__(self):
        return hash(self._value_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)


class Signals(_IntEnumeration):
    __module__ = 'signal'
    _value2member_map_ = {}
    _member_map_ = {}
    _member_names_ = []


class Handlers(_IntEnumeration):
    __module__ = 'signal'
    _value2member_map_ = {}
    _member_map_ = {}
    _member_names_ = []


class Sigmasks(_IntEnumeration):
    __module__ = 'signal'
    _value2member_map_ = {}
    _member_map_ = {}
    _member_names_ = []


# Linux's signal numbers
SIGHUP = Signals._define('SIGHUP', 1)
SIGINT = Signals._define('SIGINT', 2)
SIGQUIT = Signals._define('SIGQUIT', 3)
SIGILL = Signals._define('SIGILL', 4)
SIGTRAP = Signals._define('SIGTRAP', 5)
SIGABRT = Signals._define('SIGABRT', 6)
SIGIOT = Signals._define('SIGIOT', 6)
SIGBUS = Signals._define('SIGBUS', 7)
SIGFPE = Signals._define('SIGFPE', 8)
SIGKILL = Signals._define('SIGKILL', 9)
SIGUSR1 = Signals._define('SIGUSR1', 10)
SIGSEGV = Signals._define('SIGSEGV', 11)
SIGUSR2 = Signals._define('SIGUSR2', 12)
SIGPIPE = Signals._define('SIGPIPE', 13)
SIGALRM = Signals._define('SIGALRM', 14)
SIGTERM = Signals._define('SIGTERM', 15)
SIGSTKFLT = Signals._define('SIGSTKFLT', 16)
SIGCHLD = Signals._define('SIGCHLD', 17)
SIGCLD = Signals._define('SIGCLD', 17)
SIGCONT = Signals._define('SIGCONT', 18)
SIGSTOP = Signals._define('SIGSTOP', 19)
SIGTSTP = Signals._define('SIGTSTP', 20)
SIGTTIN = Signals._define('SIGTTIN', 21)
SIGTTOU = Signals._define('SIGTTOU', 22)
SIGURG = Signals._define('SIGURG', 23)
SIGXCPU = Signals._define('SIGXCPU', 24)
SIGXFSZ = Signals._define('SIGXFSZ', 25)
SIGVTALRM = Signals._define('SIGVTALRM', 26)
SIGPROF = Signals._define('SIGPROF', 27)
SIGWINCH = Signals._define('SIGWINCH', 28)
SIGIO = Signals._define('SIGIO', 29)
SIGPOLL = Signals._define('SIGPOLL', 29)
SIGPWR = Signals._define('SIGPWR', 30)
SIGSYS = Signals._define('SIGSYS', 31)
SIGRTMIN = Signals._define('SIGRTMIN', 34)
SIGRTMAX = Signals._define('SIGRTMAX', 64)

SIG_DFL = Handlers._define('SIG_DFL', 0)
SIG_IGN = Handlers._define('SIG_IGN', 1)
SIG_BLOCK = Sigmasks._define('SIG_BLOCK', 0)
SIG_UNBLOCK = Sigmasks._define('SIG_UNBLOCK', 1)
SIG_SETMASK = Sigmasks._define('SIG_SETMASK', 2)


def _to_enum(value, enum_class):
    try:
        return enum_class(value)
    except ValueError:
        return value


_signal_by_number = signal
_getsignal_by_number = getsignal
_strsignal_by_number = strsignal
_valid_signals_by_number = valid_signals


def signal(signalnum, handler):
    return _to_enum(_signal_by_number(signalnum, handler), Handlers)


def getsignal(signalnum):
    return _to_enum(_getsignal_by_number(signalnum), Handlers)


def valid_signals():
    return {_to_enum(s, Signals) for s in _valid_signals_by_number()}


signal.__doc__ = "Set the action for the given signal."
getsignal.__doc__ = "Return the current action for the given signal."
