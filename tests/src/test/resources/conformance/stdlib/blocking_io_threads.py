# Threads blocked in accept, recv, select, a pipe read or a wait for a child let other threads run.
import _socket
import os
import select
import threading

# a server thread blocked in accept() while the main thread connects and talks to it
server = _socket.socket(_socket.AF_INET, _socket.SOCK_STREAM)
server.bind(("127.0.0.1", 0))
server.listen()
port = server.getsockname()[1]
log = []


def serve():
    fd, addr = server._accept()
    conn = _socket.socket(_socket.AF_INET, _socket.SOCK_STREAM, 0, fd)
    log.append("accepted from " + addr[0])
    data = b""
    while not data.endswith(b"\n"):
        data += conn.recv(4)
    conn.sendall(data.upper())
    conn.close()


t = threading.Thread(target=serve)
t.start()
client = _socket.socket(_socket.AF_INET, _socket.SOCK_STREAM)
client.connect(("127.0.0.1", port))
client.sendall(b"hello over tcp\n")
reply = b""
while not reply.endswith(b"\n"):
    reply += client.recv(100)
t.join()
client.close()
server.close()
print(log, reply)

# a thread blocked reading a pipe while the main thread writes to it
r, w = os.pipe()
got = []
reader = threading.Thread(target=lambda: got.append(os.read(r, 100)))
reader.start()
os.write(w, b"through the pipe")
reader.join()
print(got)

# a thread blocked in select() on the read end until another thread writes
ready = []
waiter = threading.Thread(target=lambda: ready.append(select.select([r], [], [], 10)[0] == [r]))
waiter.start()
threading.Thread(target=lambda: os.write(w, b"x")).start()
waiter.join()
print("select saw data:", ready, os.read(r, 10))
os.close(r)
os.close(w)

# a counter thread keeps running while the main thread is blocked in a long recv
a, b = _socket.socketpair()
ticks = []
stop = threading.Event()


def count():
    while not stop.is_set():
        ticks.append(1)
        if len(ticks) == 50:
            b.sendall(b"done")
            stop.set()


counter = threading.Thread(target=count)
counter.start()
print("recv after counting:", a.recv(10), len(ticks) >= 50)
counter.join()
a.close()
b.close()
