# asyncio: create_subprocess_exec and _shell: communicate with input, PIPE streams read line by line, an interactive child, kill after wait_for times out, stderr merged, concurrent children, a missing program
import asyncio

async def main():
    p = await asyncio.create_subprocess_exec('cat', stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out, err = await p.communicate(b'hello cat\n')
    print(out, err, p.returncode)
    p = await asyncio.create_subprocess_shell('echo a; echo b >&2; exit 3', stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    print(await p.communicate(), p.returncode)
    p = await asyncio.create_subprocess_shell('for i in 1 2 3; do echo line $i; done', stdout=asyncio.subprocess.PIPE)
    lines = []
    while True:
        line = await p.stdout.readline()
        if not line:
            break
        lines.append(line)
    print(lines, await p.wait())
    p = await asyncio.create_subprocess_exec('sh', '-c', 'while read l; do echo "got $l"; done', stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    for w in ['x', 'y']:
        p.stdin.write(w.encode() + b'\n')
        await p.stdin.drain()
        print((await p.stdout.readline()).decode().strip())
    p.stdin.close()
    print(await p.wait())
    p = await asyncio.create_subprocess_exec('sleep', '10')
    try:
        await asyncio.wait_for(p.wait(), timeout=0.2)
    except asyncio.TimeoutError:
        p.kill()
        print('killed', await p.wait())
    p = await asyncio.create_subprocess_shell('echo to err >&2', stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    print(await p.communicate())
    rs = await asyncio.gather(*(asyncio.create_subprocess_shell(f'sleep {d}; echo {i}', stdout=asyncio.subprocess.PIPE) for i, d in enumerate([0.1, 0.01])))
    print([ (await r.communicate())[0] for r in rs])
    try:
        await asyncio.create_subprocess_exec('no-such-program-q')
    except FileNotFoundError as e:
        print(e)

asyncio.run(main())
