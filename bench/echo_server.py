"""An asyncio echo server on 127.0.0.1 with 200 concurrent clients, each sending N lines
and checking every byte that comes back (streams, drain, readline, many sockets at once)."""
import asyncio
import sys
import zlib

CLIENTS = 200


async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, ident, count):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    crc = 0
    for i in range(count):
        message = f"client {ident:03d} message {i:05d} {'x' * (i % 40)}\n".encode()
        writer.write(message)
        await writer.drain()
        echoed = await reader.readline()
        if echoed != message:
            raise AssertionError(f"client {ident} got {echoed!r} for {message!r}")
        crc = zlib.crc32(echoed, crc)
    writer.close()
    await writer.wait_closed()
    return crc


async def main(count):
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        crcs = await asyncio.gather(*(client(port, i, count) for i in range(CLIENTS)))
    checksum = 0
    for crc in crcs:
        checksum = zlib.crc32(crc.to_bytes(4, "big"), checksum)
    return checksum


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    print(f"echo_server n={n} checksum={asyncio.run(main(n))}")
