package dev.eddy.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.ast.Expr;
import dev.eddy.ast.Module;
import dev.eddy.ast.Pattern;
import dev.eddy.ast.Stmt;
import dev.eddy.ast.codec.AstReader;
import dev.eddy.ast.codec.AstWriter;
import dev.eddy.ast.codec.CacheEntry;
import dev.eddy.ast.codec.CorruptAstException;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The compiled-module cache's codec: a tree written and read back is the tree the parser
 * made, for every kind of node; damaged, stale or foreign entries are refused, never misread.
 */
class AstCodecTest {
    private static final String KEY = "test/0";

    /** Statements, expressions and patterns of every kind, with the literal values the codec must keep. */
    private static final String EVERY_KIND = """
            '''doc'''
            from __future__ import annotations
            import os.path as p, sys
            from .. import x as y
            from . a import *
            @dec(1, *a, k=2, **kw)
            def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:
                global g
                x = 1
                def h():
                    nonlocal x
                    x += 1
                yield from g()
                return (yield x)
            async def co(a=None):
                async with m() as (v, w), n:
                    await a
                async for i in b:
                    yield
                else:
                    pass
                return [i async for i in c if i]
            class C(B, metaclass=M):
                a: int
                b: 'str' = ''
                def m(self): return lambda x, *, y=3: x + y
            for i in range(3):
                if i: break
                elif not i: continue
                else: del a[0], b.c
            else:
                pass
            while x < 3 <= y != z is w is not v in u not in t > s >= r == q:
                x = -x; y = ~y; z = +z
            else:
                raise E from e
            with a as b: pass
            try:
                assert x, 'm'
            except (E, F) as e:
                pass
            except G:
                pass
            else:
                pass
            finally:
                pass
            try:
                pass
            except* E as eg:
                pass
            x = [1, 2.5, 3j, 'a', b'\\x00\\xff', True, False, None, ..., 10**100, 1 << 70, 0xfff_ffff_ffff_ffff_ff]
            y = {1: 2, **d}, {1, 2}, {k: v for k, v in d.items()}, {i for i in s}, (i for i in s for j in i)
            z = a if b else c, a and b or c, (n := 5), a[1:2:3, ::], a[...], f'{x!r:>{w}} {y=} {z!s}', "\\ud800"
            a @= b; a -= 1; a *= 2; a /= 3; a //= 4; a %= 5; a **= 6; a >>= 7; a <<= 8; a &= 9; a ^= 10; a |= 11
            a, *b = c
            match cmd:
                case 1 | 2 as n if n > 0:
                    pass
                case None | True | False:
                    pass
                case [1, *rest] | (2, *_):
                    pass
                case {'k': v, **kw}:
                    pass
                case Point(1, y=2) | p.Q():
                    pass
                case -1 | 1 + 2j | 'a' 'b' | b'x' | _:
                    pass
            """;

    @Test
    void everyNodeKindRoundTrips() {
        Module m = PythonParser.parse(EVERY_KIND, "every.py");
        assertRoundTrip(m);
        Set<String> missing = new TreeSet<>();
        for (Class<?> visitor : List.of(Stmt.Visitor.class, Expr.Visitor.class)) {
            for (Method v : visitor.getMethods()) {
                missing.add(v.getParameterTypes()[0].getSimpleName());
            }
        }
        for (Class<?> k : Pattern.class.getPermittedSubclasses()) {
            missing.add(k.getSimpleName());
        }
        removeKinds(m, missing);
        assertEquals(Set.of(), missing, "node kinds the sample does not exercise");
    }

    @Test
    void parserOracleCasesRoundTrip() throws IOException {
        int n = 0;
        for (OracleCases.Case c : OracleCases.load("ast.expected")) {
            Module m;
            try {
                m = PythonParser.parse(c.source(), "x.py");
            } catch (SyntaxErrorException e) {
                continue;
            }
            assertRoundTrip(m);
            n++;
        }
        assertTrue(n > 100, "too few cases: " + n);
    }

    @Test
    void entryIsReadOnlyForItsKeyAndSource() {
        byte[] src = "x = 1\n".getBytes(StandardCharsets.UTF_8);
        int crc = CacheEntry.crc(src);
        Module m = PythonParser.parse("x = 1\n", "m.py");
        byte[] entry = CacheEntry.encode(m, KEY, src.length, 1234, crc);
        assertNotNull(CacheEntry.decode(entry, KEY, src.length, 1234, crc));
        assertNull(CacheEntry.decode(entry, "test/1", src.length, 1234, crc), "another build");
        assertNull(CacheEntry.decode(entry, KEY, src.length + 1, 1234, crc), "another size");
        assertNull(CacheEntry.decode(entry, KEY, src.length, 1235, crc), "another mtime");
        assertNull(CacheEntry.decode(entry, KEY, src.length, 1234, crc + 1), "other text");
    }

    @Test
    void damagedEntriesAreRefused() {
        String text = "def f(a, b=2):\n    return [a, b, 'x', 1.5]\n";
        byte[] src = text.getBytes(StandardCharsets.UTF_8);
        int crc = CacheEntry.crc(src);
        byte[] entry = CacheEntry.encode(PythonParser.parse(text, "m.py"), KEY, src.length, 7, crc);
        for (int len = 0; len < entry.length; len++) {
            assertNull(CacheEntry.decode(Arrays.copyOf(entry, len), KEY, src.length, 7, crc), "cut at " + len);
        }
        for (int i = 0; i < entry.length; i++) {
            byte[] bad = entry.clone();
            bad[i] ^= 0x21;
            assertNull(CacheEntry.decode(bad, KEY, src.length, 7, crc), "byte " + i + " changed");
        }
        byte[] longer = Arrays.copyOf(entry, entry.length + 1);
        assertNull(CacheEntry.decode(longer, KEY, src.length, 7, crc), "a byte too many");
    }

    @Test
    void garbageTreesFailCleanly() {
        byte[] tree = AstWriter.write(PythonParser.parse(EVERY_KIND, "every.py"));
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) {
            byte[] bad = tree.clone();
            for (int j = 0; j < 1 + random.nextInt(4); j++) {
                bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
            }
            int len = random.nextInt(4) == 0 ? random.nextInt(bad.length) : bad.length;
            try {
                AstReader.read(bad, 0, len);
            } catch (CorruptAstException e) {
                // refused: what a damaged entry must give
            }
        }
    }

    /** Writes and reads back a tree: the same dump, positions and values included. */
    static void assertRoundTrip(Module m) {
        byte[] bytes = AstWriter.write(m);
        Module back = AstReader.read(bytes, 0, bytes.length);
        assertEquals(AstDump.dump(m.body()), AstDump.dump(back.body()));
        assertTrue(Arrays.equals(bytes, AstWriter.write(back)), "the re-written bytes differ");
    }

    private static void removeKinds(Object x, Set<String> kinds) {
        if (x instanceof List<?> l) {
            l.forEach(e -> removeKinds(e, kinds));
        } else if (x instanceof Module m) {
            removeKinds(m.body(), kinds);
        } else if (x instanceof Record r) {
            kinds.remove(r.getClass().getSimpleName());
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    removeKinds(c.getAccessor().invoke(r), kinds);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
