# asyncio: streams over TCP: several clients, async iteration over lines, limits, EOF, errors, large writes
import asyncio


async def handle(reader, writer):
    peer = writer.get_extra_info("peername")
    count = 0
    async for line in reader:
        count += 1
        writer.write(line[::-1].strip() + b"\n")
        await writer.drain()
    writer.write(f"lines={count} peer_is_tuple={isinstance(peer, tuple)}\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, name, n):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for i in range(n):
        writer.write(f"{name}-{i}\n".encode())
    writer.write_eof()
    out = []
    while True:
        line = await reader.readline()
        if not line:
            break
        out.append(line.decode().strip())
    writer.close()
    await writer.wait_closed()
    return out


async def big_sink(reader, writer):
    total = 0
    while True:
        chunk = await reader.read(65536)
        if not chunk:
            break
        total += len(chunk)
    writer.write(str(total).encode())
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        results = await asyncio.gather(client(port, "a", 3), client(port, "b", 1))
        for r in results:
            print(r)
    print("serving after async with:", server.is_serving())

    sink = await asyncio.start_server(big_sink, "127.0.0.1", 0)
    port2 = sink.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port2)
    payload = b"x" * (3 * 1024 * 1024)
    writer.write(payload)
    await writer.drain()
    writer.write_eof()
    print("server counted:", await reader.read())
    try:
        writer.write(b"more")
    except RuntimeError as e:
        print("RuntimeError:", e)
    writer.close()
    await writer.wait_closed()
    sink.close()
    await sink.wait_closed()

    async def limited(reader, writer):
        writer.write(b"a" * 100 + b"\n" + b"tail-without-newline")
        await writer.drain()
        writer.close()

    srv = await asyncio.start_server(limited, "127.0.0.1", 0)
    port3 = srv.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port3, limit=10)
    try:
        await reader.readline()
    except ValueError as e:
        print("ValueError:", e)
    try:
        await reader.readuntil(b"!")
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e.partial, e.expected)
    except asyncio.LimitOverrunError as e:
        print("LimitOverrunError:", e, e.consumed)
    try:
        writer.write("text")
    except TypeError as e:
        print("TypeError:", e)
    writer.close()
    await writer.wait_closed()
    srv.close()
    await srv.wait_closed()
    try:
        await asyncio.open_connection("127.0.0.1", port3)
    except ConnectionRefusedError as e:
        print("ConnectionRefusedError:", type(e).__name__, isinstance(e, OSError))


asyncio.run(main())
