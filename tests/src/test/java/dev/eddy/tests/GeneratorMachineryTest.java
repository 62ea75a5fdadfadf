package dev.eddy.tests;



import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Generator suspension over heap frames: deep delegation chains, many live suspended
 * generators, and suspension inside every resumable statement. Expected outputs are what
 * CPython 3.11 prints for the same programs.
 */
class GeneratorMachineryTest {

    @Test
    void yieldFromChainThousandDeep() {
        RunTest.Result r = RunTest.run("""
                import sys
                sys.setrecursionlimit(5000)
                def chain(n):
                    if n == 0:
                        x = yield 'leaf'
                        return x * 2
                    return (yield from chain(n - 1)) + 1
                g = chain(1000)
                print(next(g))
                try:
                    g.send(5)
                except StopIteration as e:
                    print(e.value)
                """);
        assertEquals("leaf\n1010\n", r.out(), r.err());
    }

    @Test
    void hundredThousandLiveSuspendedGenerators() {
        RunTest.Result r = RunTest.run("""
                def counter(i):
                    total = 0
                    while True:
                        total += yield total + i
                gens = [counter(i) for i in range(100000)]
                for g in gens:
                    next(g)
                print(sum(g.send(1) for g in gens))
                """);
        assertEquals("5000050000\n", r.out(), r.err());
    }

    @Test
    void suspendInsideTryWithLoopsAndHandlers() {
        RunTest.Result r = RunTest.run("""
                class CM:
                    def __enter__(self):
                        print('enter')
                    def __exit__(self, *a):
                        print('exit', a[0].__name__ if a[0] else None)
                def g():
                    for i in range(2):
                        try:
                            with CM():
                                x = yield i
                                if x:
                                    raise ValueError(x)
                        except ValueError as e:
                            y = yield 'handled ' + str(e)
                            print('after handler', y)
                        finally:
                            print('finally', i)
                    while (z := (yield 'last')) != 'stop':
                        print('got', z)
                it = g()
                print(next(it)); print(it.send('boom')); print(it.send('y')); print(next(it))
                print(it.send('a')); print(it.send('b'))
                try:
                    it.send('stop')
                except StopIteration:
                    print('done')
                """);
        assertEquals(String.join("\n", "enter", "0", "exit ValueError", "handled boom", "after handler y", "finally 0",
                "enter", "1", "exit None", "finally 1", "last", "got a", "last", "got b", "last", "done", ""), r.out(), r.err());
    }

    @Test
    void yieldInsideExpressionsKeepsEvaluationOrder() {
        RunTest.Result r = RunTest.run("""
                def g():
                    log = []
                    def f(tag):
                        log.append(tag)
                        return tag
                    r = f('a') + (yield 1) + f('c') + str((yield 2) or 'none')
                    print(r, log)
                it = g()
                next(it); it.send('b')
                try:
                    it.send(None)
                except StopIteration:
                    pass
                """);
        assertEquals("abcnone ['a', 'c']\n", r.out(), r.err());
    }

    @Test
    void recursionLimitIsAPythonError() {
        RunTest.Result r = RunTest.run("""
                def f(n):
                    return f(n + 1)
                f(0)
                """);
        assertEquals(1, r.exit());
        String[] lines = r.err().strip().split("\\n");
        assertEquals("RecursionError: maximum recursion depth exceeded", lines[lines.length - 1]);
    }
}
