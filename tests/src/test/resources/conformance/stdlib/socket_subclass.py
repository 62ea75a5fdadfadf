# stdlib: a subclass of _socket.socket as socket.py makes one: __slots__, super().family, accept through _accept, dup
import _socket
class socket(_socket.socket):
    __slots__ = ["__weakref__", "_io_refs", "_closed"]
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            if family == -1: family = _socket.AF_INET
            if type == -1: type = _socket.SOCK_STREAM
            if proto == -1: proto = 0
        _socket.socket.__init__(self, family, type, proto, fileno)
        self._io_refs = 0
        self._closed = False
    def __enter__(self): return self
    def __exit__(self, *args):
        if not self._closed: self.close()
    @property
    def family(self): return ('fam', super().family)
    def accept(self):
        fd, addr = self._accept()
        sock = socket(self.family[1], self.type, self.proto, fileno=fd)
        return sock, addr
    def dup(self):
        fd = _socket.dup(self.fileno())
        return self.__class__(self.family[1], self.type, self.proto, fileno=fd)
with socket() as srv:
    srv.bind(('127.0.0.1', 0)); srv.listen()
    c = socket(); c.connect(srv.getsockname())
    a, addr = srv.accept()
    print(type(a).__name__, a.family, a._io_refs, isinstance(a, _socket.socket))
    d = a.dup(); a.close()
    c.sendall(b'ping'); print(d.recv(4))
    d.close(); c.close()
print(srv.fileno())
