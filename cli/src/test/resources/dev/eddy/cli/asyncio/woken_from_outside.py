# Nothing to run for a while, but a thread, an executor job, a child process or a socket will
# wake the loop: no deadlock report.
import asyncio
import socket
import threading
import time


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def later():
        time.sleep(0.3)
        loop.call_soon_threadsafe(fut.set_result, "from a thread")

    threading.Thread(target=later).start()
    print(await fut)
    print(await loop.run_in_executor(None, lambda: (time.sleep(0.3), "from an executor")[1]))
    print(await asyncio.to_thread(lambda: "from to_thread"))
    p = await asyncio.create_subprocess_exec("/bin/sh", "-c", "sleep 0.3; echo from a child",
                                             stdout=asyncio.subprocess.PIPE)
    out, _ = await p.communicate()
    print(out.decode().strip(), p.returncode)
    p = await asyncio.create_subprocess_exec("/bin/sh", "-c", "sleep 0.3")
    print("child exit", await p.wait())
    got = loop.create_future()

    async def handle(reader, writer):
        got.set_result((await reader.readline()).decode().strip())
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]

    def connect_later():
        time.sleep(0.3)
        with socket.create_connection(("127.0.0.1", port)) as c:
            c.sendall(b"from a socket\n")
            time.sleep(0.1)

    threading.Thread(target=connect_later).start()
    print(await got)
    server.close()
    await asyncio.sleep(0.3)
    print("done")


asyncio.run(main())
