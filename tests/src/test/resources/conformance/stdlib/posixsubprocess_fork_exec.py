# stdlib: _posixsubprocess.fork_exec driven as subprocess.py drives it, with os.waitpid and os.kill
import _posixsubprocess, os, sys

def spawn(argv, stdin=-1, stdout=-1, stderr=-1, cwd=None, env=None):
    """Start argv the way subprocess.Popen does on Linux."""
    exe = argv[0].encode()
    if b'/' in exe:
        exes = (exe,)
    else:
        path = (env or os.environ).get('PATH', '/bin:/usr/bin')
        exes = tuple(d.encode() + b'/' + exe for d in path.split(':'))
    errpipe_read, errpipe_write = os.pipe()
    try:
        pid = _posixsubprocess.fork_exec(
            argv, exes, True, (errpipe_write,), cwd,
            None if env is None else [k.encode() + b'=' + v.encode() for k, v in env.items()],
            stdin, -1, -1, stdout, -1, stderr, errpipe_read, errpipe_write,
            True, False, -1, None, None, None, -1, None, True)
    finally:
        os.close(errpipe_write)
    data = b''
    while True:
        part = os.read(errpipe_read, 50000)
        data += part
        if not part:
            break
    os.close(errpipe_read)
    if data:
        os.waitpid(pid, 0)
        name, hexerr, msg = data.split(b':', 2)
        n = int(hexerr, 16)
        raise OSError(n, os.strerror(n), cwd if msg == b'noexec' else argv[0])
    return pid

def run(argv, input=None, **kw):
    r_out, w_out = os.pipe()
    r_in = w_in = -1
    if input is not None:
        r_in, w_in = os.pipe()
    pid = spawn(argv, stdin=r_in, stdout=w_out, **kw)
    os.close(w_out)
    if input is not None:
        os.close(r_in)
        os.write(w_in, input)
        os.close(w_in)
    out = b''
    while True:
        chunk = os.read(r_out, 4096)
        if not chunk:
            break
        out += chunk
    os.close(r_out)
    wpid, status = os.waitpid(pid, 0)
    return wpid == pid, os.waitstatus_to_exitcode(status), out

print(run(['echo', 'hello', 'world']))
print(run(['/bin/sh', '-c', 'exit 3']))
print(run(['cat'], input=b'through cat\n'))
print(run(['/bin/sh', '-c', 'pwd'], cwd='/tmp'))
print(run(['/bin/sh', '-c', 'echo $FOO'], env={'FOO': 'bar', 'PATH': '/bin:/usr/bin'}))
print(run(['/bin/sh', '-c', 'echo out; echo err >&2'], stderr=-1))
r, w = os.pipe()
pid = spawn(['/bin/sh', '-c', 'echo out; echo err >&2'], stdout=w, stderr=w)
os.close(w)
data = b''
while True:
    c = os.read(r, 100)
    if not c: break
    data += c
print(sorted(data.split()), os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
os.close(r)
try:
    spawn(['no-such-program-xyz'])
except OSError as e:
    print(type(e).__name__, e.errno, e.filename)
try:
    spawn(['echo'], cwd='/no/such/dir')
except OSError as e:
    print(type(e).__name__, e.errno, e.filename)
pid = spawn(['sleep', '10'])
print(os.waitpid(pid, os.WNOHANG))
os.kill(pid, 15)
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
pid = spawn(['sleep', '10'])
os.kill(pid, 9)
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
try:
    os.waitpid(pid, 0)
except ChildProcessError as e:
    print(e)
sys.stdout.flush()
pid = spawn(['echo', 'inherited stdout'])
os.waitpid(pid, 0)
print('done')
