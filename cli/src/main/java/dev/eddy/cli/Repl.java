package dev.eddy.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import dev.eddy.interpreter.Interpreter;

/**
 * The interactive prompt, {@code eddy} on a terminal: a jline3 line editor in front of
 * {@link Interpreter#runInteractive}. This is the only class that touches jline, so running a
 * script never loads it (it costs ~150 ms of start-up).
 *
 * <p>As CPython's REPL: prompts {@code >>> } and {@code ... }; a statement is run once
 * {@link Interpreter#isIncomplete} says it is whole (a compound statement ends with a blank
 * line); Ctrl-C abandons the input being typed and prints {@code KeyboardInterrupt}; Ctrl-D on
 * an empty line leaves; {@code exit()} and {@code quit()} leave too. A multi-line statement is
 * edited as one unit and is one history entry (history in {@code ~/.eddy_history}). Extras: the
 * next line is indented after a line ending in ':' (and dedented after return, pass, raise,
 * break, continue); Tab indents at the start of a line and otherwise completes keywords,
 * builtins and the names typed so far in the session.
 *
 * <p>Ctrl-C while a statement runs delivers SIGINT to the interpreter (KeyboardInterrupt at the
 * next statement, or out of a blocking call); a second Ctrl-C during the same statement
 * ends the session with status 130, so that a runaway loop never traps the user.
 */
final class Repl {

    static final String PS1 = ">>> ";
    static final String PS2 = "... ";
    private static final int INDENT = 4;

    private final Interpreter interpreter;
    private final OutputStream out;
    private final OutputStream err;
    private final Set<String> sessionNames = new TreeSet<>();
    private volatile Thread running;
    private volatile boolean interruptedOnce;

    private Repl(Interpreter interpreter, OutputStream out, OutputStream err) {
        this.interpreter = interpreter;
        this.out = out;
        this.err = err;
    }

    /** Runs a session; returns its exit status (0 after Ctrl-D, n after SystemExit(n)). */
    static int run(Interpreter interpreter, Invocation invocation, OutputStream out, OutputStream err)
            throws IOException {
        return new Repl(interpreter, out, err).loop(invocation.quiet || invocation.mode != Invocation.Mode.REPL);
    }

    /** ~/.eddy_history, home being $HOME as the shell knows it (the JVM's user.home may differ). */
    private static Path historyFile() {
        String home = System.getenv("HOME");
        return Path.of(home != null && !home.isEmpty() ? home : System.getProperty("user.home"), ".eddy_history");
    }

    static String banner() {
        return Main.VERSION_LINE + " on Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vm.name") + "), " + System.getProperty("os.name").toLowerCase(Locale.ROOT)
                + "\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n";
    }

    private int loop(boolean quiet) throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true)
                .systemOutput(TerminalBuilder.SystemOutput.SysOutOrSysErr).build()) {
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("eddy")
                    .parser(new StatementParser())
                    .completer(new NameCompleter())
                    .variable(LineReader.HISTORY_FILE, historyFile())
                    .variable(LineReader.SECONDARY_PROMPT_PATTERN, PS2)
                    .variable(LineReader.INDENTATION, INDENT)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // '!' is Python's, not history's
                    .option(LineReader.Option.HISTORY_IGNORE_SPACE, false)
                    .build();
            reader.getWidgets().put("eddy-indent-or-complete", () -> indentOrComplete(reader));
            reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference("eddy-indent-or-complete"), "\t");
            PrintWriter screen = terminal.writer();
            if (!quiet) {
                screen.print(banner());
                screen.flush();
            }
            terminal.handle(Terminal.Signal.INT, signal -> interruptRunning());
            // the parser's one-time set-up runs while the first line is typed, not before the prompt
            dev.eddy.interpreter.ParseAhead.warmUp();
            while (true) {
                String input;
                try {
                    input = reader.readLine(PS1);
                } catch (UserInterruptException e) {
                    screen.println("KeyboardInterrupt");
                    screen.flush();
                    continue;
                } catch (EndOfFileException e) {
                    screen.println();
                    screen.flush();
                    saveHistory(reader);
                    return 0;
                }
                String statement = withoutTrailingBlankLines(input);
                if (statement.isBlank()) {
                    continue;
                }
                rememberNames(statement);
                String command = statement.strip();
                if (command.equals("exit()") || command.equals("quit()")) {
                    saveHistory(reader);
                    return 0;
                }
                String text = replCommand(command);
                if (text != null) {
                    screen.print(text);
                    screen.flush();
                    continue;
                }
                int status = execute(statement + "\n", screen);
                if (status >= 0) {
                    saveHistory(reader);
                    return status;
                }
            }
        }
    }

    /** Runs one statement; -1 to go on, or the status the session ends with. */
    private int execute(String statement, PrintWriter screen) {
        running = Thread.currentThread();
        interruptedOnce = false;
        try {
            return interpreter.runInteractive(statement);
        } catch (Exception | StackOverflowError e) {
            // A bug in Eddy: report it on one line and keep the session (and its variables).
            Main.internalError(e, err);
            return -1;
        } finally {
            running = null;
            Thread.interrupted();
            try {
                interpreter.flush();
                out.flush();
                err.flush();
            } catch (IOException | RuntimeException e) {
                // The terminal is gone; the next readLine will say so.
            }
            screen.flush();
        }
    }

    private void interruptRunning() {
        Thread thread = running;
        if (thread == null) {
            return;
        }
        if (interruptedOnce) {
            try {
                Main.write(err, "\nKeyboardInterrupt\n");
            } catch (IOException ignored) {
                // leaving anyway
            }
            Runtime.getRuntime().halt(Main.EXIT_INTERRUPTED);
        }
        interruptedOnce = true;
        interpreter.interrupt();
    }

    private static void saveHistory(LineReader reader) {
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            // An unwritable home directory costs the history, not the session.
        }
    }

    /** The texts for the names the banner mentions, which Eddy treats as REPL commands. */
    private static String replCommand(String command) {
        switch (command) {
            case "help":
            case "help()":
                return "Eddy runs Python 3.11 programs (a subset of the language and library, with asyncio).\n"
                        + "Type a statement to run it; an expression's value is printed.\n"
                        + "A compound statement (if, for, def, class ...) ends with an empty line.\n"
                        + "Tab completes names; Ctrl-C abandons the input; exit() or Ctrl-D leaves.\n"
                        + "Run a program with: eddy FILE.py [ARG ...]; eddy -h lists the options.\n";
            case "copyright":
                return "Copyright (c) the Eddy authors.\n";
            case "credits":
                return "Eddy is built with ANTLR and JLine, and follows the behaviour of CPython 3.11.\n";
            case "license":
                return "See the README.md of the Eddy sources for the terms of use.\n";
            default:
                return null;
        }
    }

    /**
     * Drops a last line that holds only spaces (what auto-indent leaves when the user ends a
     * block with an empty line), and any blank lines at the end.
     */
    static String withoutTrailingBlankLines(String input) {
        int end = input.length();
        while (true) {
            int lineStart = input.lastIndexOf('\n', end - 1) + 1;
            if (end > 0 && input.substring(lineStart, end).isBlank()) {
                end = Math.max(lineStart - 1, 0);
            } else {
                return input.substring(0, end);
            }
            if (end == 0) {
                return "";
            }
        }
    }

    /**
     * Whether the buffer needs more lines, asked the way CPython's code.InteractiveConsole asks
     * codeop: the lines joined with newlines and no newline after the last, so that
     * {@code "def f():\n    return 1"} is incomplete and the same with an empty line after it,
     * {@code "def f():\n    return 1\n"}, is complete. A last line of spaces only (what
     * auto-indent leaves) counts as empty.
     */
    static boolean isIncomplete(String buffer) {
        int lastLine = buffer.lastIndexOf('\n') + 1;
        String text = lastLine > 0 && buffer.substring(lastLine).isBlank() ? buffer.substring(0, lastLine) : buffer;
        try {
            return Interpreter.isIncomplete(text);
        } catch (RuntimeException e) {
            return false; // let runInteractive report whatever is wrong with it
        }
    }

    /** Indentation level for the line after {@code buffer}'s last line. */
    static int nextIndentLevel(String buffer) {
        String[] lines = buffer.split("\n", -1);
        String last = lines[lines.length - 1];
        int i = lines.length - 1;
        while (i > 0 && lines[i].isBlank()) {
            i--;
        }
        String line = lines[i];
        int spaces = 0;
        for (int k = 0; k < line.length() && (line.charAt(k) == ' ' || line.charAt(k) == '\t'); k++) {
            spaces += line.charAt(k) == '\t' ? INDENT : 1;
        }
        int level = (spaces + INDENT - 1) / INDENT;
        if (!last.isBlank() || i == lines.length - 1) {
            String code = withoutComment(line).stripTrailing();
            if (code.endsWith(":")) {
                level++;
            } else if (DEDENTING.matcher(code.strip()).lookingAt()) {
                level = Math.max(level - 1, 0);
            }
        }
        return level;
    }

    private static final Pattern DEDENTING = Pattern.compile("(return|pass|raise|break|continue)\\b");

    /** The line up to a '#' that is outside string quotes (good enough for indentation). */
    private static String withoutComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#') {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /** Tab: indentation at the start of a line (as in CPython's REPL), completion after a name. */
    private static boolean indentOrComplete(LineReader reader) {
        String buffer = reader.getBuffer().toString();
        int cursor = reader.getBuffer().cursor();
        int lineStart = buffer.lastIndexOf('\n', cursor - 1) + 1;
        if (buffer.substring(lineStart, cursor).isBlank()) {
            int column = cursor - lineStart;
            reader.getBuffer().write(" ".repeat(INDENT - column % INDENT));
            return true;
        }
        reader.callWidget(LineReader.COMPLETE_WORD);
        return true;
    }

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private void rememberNames(String statement) {
        Matcher m = IDENTIFIER.matcher(statement);
        while (m.find()) {
            if (sessionNames.size() < 10_000) {
                sessionNames.add(m.group());
            }
        }
    }

    /** Splits nothing: a statement is one word for jline; ACCEPT_LINE asks whether it is complete. */
    private static final class StatementParser implements Parser {
        @Override
        public ParsedLine parse(String line, int cursor, ParseContext context) {
            if (context == ParseContext.ACCEPT_LINE && isIncomplete(line)) {
                // jline adds a newline and INDENTATION x openBrackets spaces: our indentation level.
                throw new EOFError(-1, -1, "incomplete statement", null, nextIndentLevel(line), null);
            }
            return new NameAtCursor(line, cursor);
        }
    }

    /** The identifier around the cursor, the unit Tab completes. */
    private static final class NameAtCursor implements CompletingParsedLine {
        private final String line;
        private final int cursor;
        private final int start;
        private final int end;

        NameAtCursor(String line, int cursor) {
            this.line = line;
            this.cursor = cursor;
            int s = cursor;
            while (s > 0 && Character.isJavaIdentifierPart(line.charAt(s - 1))) {
                s--;
            }
            int e = cursor;
            while (e < line.length() && Character.isJavaIdentifierPart(line.charAt(e))) {
                e++;
            }
            this.start = s;
            this.end = e;
        }

        @Override public String word() { return line.substring(start, end); }
        @Override public int wordCursor() { return cursor - start; }
        @Override public int wordIndex() { return 0; }
        @Override public List<String> words() { return List.of(word()); }
        @Override public String line() { return line; }
        @Override public int cursor() { return cursor; }
        @Override public CharSequence escape(CharSequence candidate, boolean complete) { return candidate; }
        @Override public int rawWordCursor() { return wordCursor(); }
        @Override public int rawWordLength() { return end - start; }

        /** Whether the name is an attribute ({@code obj.na}): those are not completed (no object to ask). */
        boolean isAttribute() {
            return start > 0 && line.charAt(start - 1) == '.';
        }
    }

    private static final List<String> KEYWORDS = List.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
            "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
            "return", "try", "while", "with", "yield");

    private static final List<String> BUILTINS = List.of("abs", "all", "any", "bin", "bool", "bytes", "callable",
            "chr", "classmethod", "delattr", "dict", "divmod", "enumerate", "filter", "float", "format",
            "frozenset", "getattr", "hasattr", "hash", "hex", "input", "int", "isinstance", "issubclass", "iter",
            "len", "list", "map", "max", "min", "next", "object", "oct", "ord", "pow", "print", "property",
            "range", "repr", "reversed", "round", "set", "setattr", "sorted", "staticmethod", "str", "sum",
            "super", "tuple", "type", "zip", "BaseException", "Exception", "ValueError", "TypeError",
            "KeyError", "IndexError", "RuntimeError", "StopIteration", "ZeroDivisionError", "AttributeError",
            "NameError", "NotImplementedError", "AssertionError", "ExceptionGroup");

    /** Completes keywords, the builtins of Eddy's subset and every name typed earlier in the session. */
    private final class NameCompleter implements Completer {
        @Override
        public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
            if (line instanceof NameAtCursor name && (name.isAttribute() || name.word().isEmpty())) {
                return;
            }
            List<String> all = new ArrayList<>(KEYWORDS);
            all.addAll(BUILTINS);
            all.addAll(sessionNames);
            for (String s : new TreeSet<>(all)) {
                candidates.add(new Candidate(s, s, null, null, null, null, false));
            }
        }
    }
}
