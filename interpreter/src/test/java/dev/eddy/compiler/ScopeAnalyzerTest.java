package dev.eddy.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.ast.FunctionDef;
import dev.eddy.parser.PythonParser;
import dev.eddy.parser.SyntaxErrorException;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Scope dumps: how the resolver binds each name, checked against CPython's symtable rules. */
class ScopeAnalyzerTest {

    private static Map<Object, Scope> analyze(String src) {
        dev.eddy.ast.Module m = PythonParser.parseFile(src, "t.py");
        return ScopeAnalyzer.analyze(m, new CompileErrors("t.py", src));
    }

    private static String dump(Map<Object, Scope> scopes, String function) {
        for (Map.Entry<Object, Scope> e : scopes.entrySet()) {
            String name = e.getKey() instanceof FunctionDef fd ? fd.name()
                    : e.getKey() instanceof dev.eddy.ast.AsyncFunctionDef afd ? afd.name() : null;
            if (function.equals(name)) {
                Scope s = e.getValue();
                TreeMap<String, String> out = new TreeMap<>();
                for (String n : s.bindings.keySet()) {
                    out.put(n, s.binding(n).name());
                }
                return out.toString() + (s.isGenerator ? " generator" : "") + (s.isAsync ? " async" : "");
            }
        }
        throw new AssertionError("no function " + function);
    }

    @Test
    void localsCellsAndFrees() {
        Map<Object, Scope> s = analyze("""
                g = 1
                def outer(a):
                    b = 2
                    def inner():
                        return a + b + g + len([])
                    return inner
                """);
        assertEquals("{a=CELL, b=CELL, inner=LOCAL}", dump(s, "outer"));
        assertEquals("{a=FREE, b=FREE, g=GLOBAL, len=GLOBAL}", dump(s, "inner"));
    }

    @Test
    void globalAndNonlocalDeclarations() {
        Map<Object, Scope> s = analyze("""
                def f():
                    global counter
                    counter = 1
                    x = 0
                    def g():
                        nonlocal x
                        x += 1
                    return g
                """);
        assertEquals("{counter=GLOBAL, g=LOCAL, x=CELL}", dump(s, "f"));
        assertEquals("{x=FREE}", dump(s, "g"));
    }

    @Test
    void classBodiesAreNotEnclosingScopes() {
        Map<Object, Scope> s = analyze("""
                def f():
                    y = 1
                    class C:
                        y = 2
                        def m(self):
                            return y
                    return C
                """);
        assertEquals("{self=LOCAL, y=FREE}", dump(s, "m"));
    }

    @Test
    void generatorsAndCoroutinesAreFlagged() {
        Map<Object, Scope> s = analyze("""
                def gen():
                    yield 1
                async def coro():
                    await x
                async def agen():
                    yield 1
                """);
        assertTrue(dump(s, "gen").endsWith("generator"));
        assertTrue(dump(s, "coro").endsWith("async"));
        assertTrue(dump(s, "agen").endsWith("generator async"));
    }

    @Test
    void misplacedYieldAndAwaitAreSyntaxErrors() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> analyze("def f():\n    return [(yield x) for x in y]\n"));
        assertEquals("'yield' inside list comprehension", e.getMsg());
        assertThrows(SyntaxErrorException.class, () -> analyze("def f():\n    await g()\n"));
        assertThrows(SyntaxErrorException.class, () -> analyze("def f():\n    def g():\n        nonlocal zz\n"));
    }
}
