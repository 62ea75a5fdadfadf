import asyncio
import time


async def main():
    await asyncio.sleep(0)
    time.sleep(0.15)
    await asyncio.sleep(0)


asyncio.run(main(), debug=True)
