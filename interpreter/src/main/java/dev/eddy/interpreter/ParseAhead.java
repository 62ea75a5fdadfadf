package dev.eddy.interpreter;

import dev.eddy.ast.Module;
import dev.eddy.parser.PythonParser;

/**
 * The main program's source parsed on a helper thread while the interpreter starts up: the
 * parser's first run (ANTLR's tables, its first predictions) and the making of the builtins
 * are the two largest parts of start-up and need nothing of each other, so with a second core
 * they overlap. The tree, or the syntax error, is handed over when the program is about to
 * run, so errors appear exactly where they would without it.
 */
public final class ParseAhead {
    /** As the interpreter thread's: nesting that parses there must parse here. */
    private static final long STACK_BYTES = 1L << 30;

    private final String source;
    private final String filename;
    private final Thread thread;
    private volatile Module tree;
    private volatile RuntimeException error;

    private ParseAhead(String source, String filename) {
        this.source = source;
        this.filename = filename;
        this.thread = new Thread(null, this::parse, "eddy-parse-ahead", STACK_BYTES);
        thread.setDaemon(true);
    }

    /** Starts parsing {@code source} as file {@code filename} (as the program will be run: absolute for a script). */
    public static ParseAhead start(String source, String filename) {
        ParseAhead p = new ParseAhead(source, filename);
        p.thread.start();
        return p;
    }

    /**
     * Starts only the parser's one-time set-up on a helper thread, for a start-up that has no
     * program text yet (the REPL, -m): its first parse is then faster.
     */
    public static void warmUp() {
        start("pass\n", "<warm-up>");
    }

    private void parse() {
        try {
            tree = PythonParser.parseFile(source, filename);
        } catch (RuntimeException e) {
            error = e;
        }
    }

    /**
     * The tree of {@code source} as file {@code filename}, waiting for the helper if need be;
     * null if this was started for other text or name (the caller then parses). A syntax error
     * is thrown as parsing there would have thrown it.
     */
    Module take(String source, String filename) {
        if (!this.source.equals(source) || !this.filename.equals(filename)) {
            return null;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        if (error != null) {
            throw error;
        }
        return tree;
    }
}
