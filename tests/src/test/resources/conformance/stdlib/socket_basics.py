# stdlib: _socket stream, datagram and paired sockets, timeouts, options, addresses and conversions
import _socket as s
srv = s.socket(s.AF_INET, s.SOCK_STREAM)
srv.setsockopt(s.SOL_SOCKET, s.SO_REUSEADDR, 1)
print(srv.getsockopt(s.SOL_SOCKET, s.SO_REUSEADDR) != 0)
srv.bind(('127.0.0.1', 0))
srv.listen(5)
host, port = srv.getsockname()
print(host, port > 0)
c = s.socket(s.AF_INET, s.SOCK_STREAM)
c.connect(('127.0.0.1', port))
fd, addr = srv._accept()
a = s.socket(fileno=fd)
print(a.family, a.type, addr[0], addr[1] == c.getsockname()[1])
c.sendall(b'hello world')
print(a.recv(5), a.recv(100))
a.send(b'back')
print(c.recv(10))
c.settimeout(0.2)
print(c.gettimeout())
try:
    c.recv(10)
except TimeoutError as e:
    print(type(e).__name__, e)
c.setblocking(False)
try:
    c.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
print(c.getblocking(), c.gettimeout())
a.shutdown(s.SHUT_WR)
c.setblocking(True)
print(c.recv(10))
print(c.getpeername() == ('127.0.0.1', port))
a.close(); c.close(); srv.close()
print(a.fileno(), repr(a)[:20])
try:
    c.recv(1)
except OSError as e:
    print(e)
# refused
x = s.socket()
print(x.connect_ex(('127.0.0.1', port)))
try:
    x.connect(('127.0.0.1', port))
except ConnectionRefusedError as e:
    print('refused', e.errno)
x.close()
# udp
u1 = s.socket(s.AF_INET, s.SOCK_DGRAM); u1.bind(('127.0.0.1', 0))
u2 = s.socket(s.AF_INET, s.SOCK_DGRAM); u2.bind(('127.0.0.1', 0))
u2.sendto(b'dgram', u1.getsockname())
data, frm = u1.recvfrom(100)
print(data, frm == u2.getsockname())
u1.close(); u2.close()
p, q = s.socketpair()
p.sendall(b'pair'); print(q.recv(10), p.family)
import os
os.write(p.fileno(), b'via os'); print(os.read(q.fileno(), 100))
p.close(); q.close()
print(s.inet_aton('127.1'), s.inet_ntoa(b'\x7f\0\0\x01'), s.inet_pton(s.AF_INET6, '::1'), s.inet_ntop(s.AF_INET6, bytes(16)))
print(s.inet_ntop(s.AF_INET6, s.inet_pton(s.AF_INET6, '2001:db8::ff00:42:8329')), s.inet_ntop(s.AF_INET6, s.inet_pton(s.AF_INET6, '::ffff:1.2.3.4')))
print(s.htons(1), s.ntohl(1), s.htonl(0x01020304))
print(s.getaddrinfo('127.0.0.1', 80), s.getaddrinfo(None, 'http', s.AF_INET))
try: s.socket().bind(('127.0.0.1', 70000))
except OverflowError as e: print(e)
try: s.socket().bind('x')
except TypeError as e: print(e)
print(s.timeout is TimeoutError, s.error is OSError, s.gethostbyname('localhost'))
