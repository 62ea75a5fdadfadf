package dev.eddy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Top-level await in the REPL, driven through piped standard input. Each {@code repl/NAME.stdin}
 * has a {@code NAME.out} and {@code NAME.exit} made by python3's asyncio REPL:
 * {@code python3 -m asyncio < NAME.stdin > NAME.out; echo $? > NAME.exit}. The same input must
 * give the same stdout (prompts included, which that REPL writes there) under
 * {@code eddy -m asyncio}, and the same program output under {@code eddy -i}.
 */
class AsyncReplTest {
    private record Result(int status, String out, String err) {}

    private static Result run(Path cwd, String stdin, String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(argv, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err, cwd, Map.of());
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = AsyncReplTest.class.getResourceAsStream("/repl/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void asyncioReplMatchesPython(@TempDir Path dir) throws IOException {
        Result r = run(dir, resource("top_level_await.stdin"), "-m", "asyncio");
        assertEquals(resource("top_level_await.out"), r.out(), r.err());
        assertEquals(Integer.parseInt(resource("top_level_await.exit").strip()), r.status());
        assertTrue(r.err().startsWith("asyncio REPL "), r.err());
        assertTrue(r.err().contains("KeyError: 'k'"), r.err());
    }

    @Test
    void plainReplAwaitsAtTopLevelToo(@TempDir Path dir) throws IOException {
        // the plain REPL starts its event loop at the first top-level await (until then
        // asyncio.create_task at the prompt fails, as in python3's plain REPL)
        Result r = run(dir, "import asyncio\nawait asyncio.sleep(0)\n" + resource("top_level_await.stdin"), "-q", "-i");
        String withoutPrompts = resource("top_level_await.out").replace(Repl.PS1, "").replace(Repl.PS2, "");
        assertEquals(withoutPrompts, r.out(), r.err());
        assertEquals(Integer.parseInt(resource("top_level_await.exit").strip()), r.status());
    }

    @Test
    void theLoopStartsOnlyAtTheFirstAwait(@TempDir Path dir) {
        // before any top-level await the REPL is the plain one: asyncio.run works
        Result r = run(dir, "import asyncio\nasync def f(): return 5\n\nasyncio.run(f())\nawait f()\n"
                + "asyncio.get_running_loop().is_running()\n", "-q", "-i");
        assertEquals("5\n5\nTrue\n", r.out(), r.err());
    }

    @Test
    void endOfInputEndsTheAsyncioReplWithItsMessage(@TempDir Path dir) {
        Result r = run(dir, "x = await asyncio.sleep(0, 3)\nprint(x)\n", "-m", "asyncio");
        assertEquals(">>> >>> 3\n>>> ", r.out());
        assertEquals(0, r.status());
        assertTrue(r.err().endsWith("\nexiting asyncio REPL...\n"), r.err());
    }

    @Test
    void returnAndYieldStayOutsideFunctions(@TempDir Path dir) {
        Result r = run(dir, "await asyncio.sleep(0); return 1\nawait asyncio.sleep(0); (yield 1)\n",
                "-q", "-i", "-c", "import asyncio");
        assertTrue(r.err().contains("SyntaxError: 'return' outside function"), r.err());
        assertTrue(r.err().contains("SyntaxError: 'yield' outside function"), r.err());
    }
}
