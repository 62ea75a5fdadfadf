# asyncio's child processes (CPython's asyncio.subprocess), run in the asyncio module's namespace
# after asyncio.py. A child is started by _posixsubprocess.fork_exec; its pipes are read by
# watcher threads (_watch_fd) that feed StreamReaders on the loop, and _watch_exit calls back on
# the loop when it ends, so the loop never blocks on a child.

import _posixsubprocess


def _os():
    # CPython's os.py (over collections.abc) loads when a subprocess starts, not with asyncio
    import os
    return os

_PIPE = -1
_STDOUT = -2
_DEVNULL = -3


class _ChildStdin:
    """The writer side of a child's standard input pipe (what StreamWriter offers)."""
    __module__ = 'asyncio.streams'

    def __init__(self, loop, fd):
        self._loop = loop
        self._fd = fd
        self._closing = False

    def __repr__(self):
        return f'<StreamWriter fd={self._fd}>'

    def write(self, data):
        if self._closing:
            return
        view = bytes(data)
        while view:
            # the pipe is emptied into the child by a thread, so this waits only on a full pipe
            n = _os().write(self._fd, view)
            view = view[n:]

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def can_write_eof(self):
        return True

    def write_eof(self):
        self.close()

    def close(self):
        if not self._closing:
            self._closing = True
            _os().close(self._fd)

    def is_closing(self):
        return self._closing

    async def wait_closed(self):
        pass

    async def drain(self):
        await sleep(0)

    def get_extra_info(self, name, default=None):
        return default


class Process:
    __module__ = 'asyncio.subprocess'

    def __init__(self, pid, loop, stdin, stdout, stderr):
        self.pid = pid
        self.stdin = stdin
        self.stdout = stdout
        self.stderr = stderr
        self.returncode = None
        self._loop = loop
        self._exit_waiters = []
        _watch_exit(loop, pid, self._exited)

    def __repr__(self):
        return f'<Process {self.pid}>'

    def _exited(self):
        _, status = _os().waitpid(self.pid, 0)
        self.returncode = _os().waitstatus_to_exitcode(status)
        for waiter in self._exit_waiters:
            if not waiter.done():
                waiter.set_result(self.returncode)
        self._exit_waiters = []

    async def wait(self):
        """Wait until the process exits and return its returncode."""
        if self.returncode is not None:
            return self.returncode
        waiter = _waiting_on(self._loop.create_future(), self, 'Process.wait')
        self._exit_waiters.append(waiter)
        return await waiter

    def send_signal(self, signal):
        if self.returncode is None:
            _os().kill(self.pid, signal)

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)

    async def _feed_stdin(self, input):
        try:
            self.stdin.write(input)
            await self.stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.stdin.close()

    async def _noop(self):
        return None

    async def _read_stream(self, stream):
        return await stream.read()

    async def communicate(self, input=None):
        if input is not None:
            stdin = self._feed_stdin(input)
        else:
            stdin = self._noop()
        stdout = self._read_stream(self.stdout) if self.stdout is not None else self._noop()
        stderr = self._read_stream(self.stderr) if self.stderr is not None else self._noop()
        stdin, stdout, stderr = await gather(stdin, stdout, stderr)
        await self.wait()
        return (stdout, stderr)


def _child_fd(spec, reading):
    """(fd for the child, fd the parent keeps or -1, fd to close in the parent after the start)."""
    if spec is None:
        return -1, -1, -1
    if spec == _PIPE:
        r, w = _os().pipe()
        return (r, w, r) if reading else (w, r, w)
    if spec == _DEVNULL:
        fd = _os().open('/dev/null', _os().O_RDWR)
        return fd, -1, fd
    if isinstance(spec, int):
        return spec, -1, -1
    return spec.fileno(), -1, -1


def _executables(program, env):
    name = _os().fsencode(program) if hasattr(_os(), 'fsencode') else (
        program if isinstance(program, bytes) else program.encode('utf-8', 'surrogateescape'))
    if b'/' in name:
        return (name,)
    path = (env if env is not None else _os().environ).get('PATH', '/bin:/usr/bin')
    if isinstance(path, bytes):
        path = path.decode('utf-8', 'surrogateescape')
    return tuple(d.encode('utf-8', 'surrogateescape') + b'/' + name for d in path.split(':') if d)


def _env_list(env):
    if env is None:
        return None
    out = []
    for k, v in env.items():
        k = k if isinstance(k, bytes) else k.encode('utf-8', 'surrogateescape')
        v = v if isinstance(v, bytes) else v.encode('utf-8', 'surrogateescape')
        if b'=' in k:
            raise ValueError("illegal environment variable name")
        out.append(k + b'=' + v)
    return out


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None,
                                 limit=_DEFAULT_LIMIT, cwd=None, env=None, close_fds=True, **kwds):
    """Start program with args; its PIPE streams become StreamReaders and a writer."""
    for name in kwds:
        raise NotImplementedError(f"create_subprocess_exec() does not support {name}=")
    loop = get_running_loop()
    argv = [program, *args]
    p2cread, p2cwrite, close_in = _child_fd(stdin, True)
    c2pwrite, c2pread, close_out = _child_fd(stdout, False)
    if stderr == _STDOUT:
        errwrite, errread, close_err = (c2pwrite if c2pwrite != -1 else 1), -1, -1
    else:
        errwrite, errread, close_err = _child_fd(stderr, False)
    errpipe_read, errpipe_write = _os().pipe()
    try:
        try:
            pid = _posixsubprocess.fork_exec(
                argv, _executables(program, env), close_fds, (errpipe_write,), cwd, _env_list(env),
                p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write,
                True, False, -1, None, None, None, -1, None, True)
        finally:
            _os().close(errpipe_write)
            for fd in (close_in, close_out, close_err):
                if fd != -1:
                    _os().close(fd)
        data = b''
        while True:
            part = _os().read(errpipe_read, 50000)
            data += part
            if not part:
                break
    finally:
        _os().close(errpipe_read)
    if data:
        for fd in (p2cwrite, c2pread, errread):
            if fd != -1:
                _os().close(fd)
        _os().waitpid(pid, 0)
        _, hex_errno, message = data.split(b':', 2)
        errno = int(hex_errno, 16)
        raise OSError(errno, _os().strerror(errno), cwd if message == b'noexec' else program)

    def reader_for(fd):
        if fd == -1:
            return None
        reader = StreamReader(limit=limit, loop=loop)

        def feed(chunk):
            if chunk:
                reader.feed_data(chunk)
            else:
                reader.feed_eof()
                _os().close(fd)
        _watch_fd(loop, fd, feed)
        return reader

    writer = _ChildStdin(loop, p2cwrite) if p2cwrite != -1 else None
    return Process(pid, loop, writer, reader_for(c2pread), reader_for(errread))


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None, limit=_DEFAULT_LIMIT, **kwds):
    """Run cmd with /bin/sh."""
    return await create_subprocess_exec('/bin/sh', '-c', cmd, stdin=stdin, stdout=stdout, stderr=stderr,
                                        limit=limit, **kwds)


class subprocess:
    """asyncio.subprocess: PIPE, STDOUT, DEVNULL, Process and the create functions."""
    PIPE = _PIPE
    STDOUT = _STDOUT
    DEVNULL = _DEVNULL
    Process = Process
    create_subprocess_exec = staticmethod(create_subprocess_exec)
    create_subprocess_shell = staticmethod(create_subprocess_shell)
