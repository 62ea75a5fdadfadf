package dev.eddy.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
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
 * {@link Interpreter#isIncomplete} says it is whole (a compound statement ends with an empty
 * line); Ctrl-C abandons the input being typed and prints {@code KeyboardInterrupt}; Ctrl-D on
 * an empty line leaves; {@code exit()} and {@code quit()} leave too. A multi-line statement is
 * edited as one unit and is one history entry (history in {@code ~/.eddy_history}, mode 0600).
 * Beyond it: top-level {@code await}, {@code async for} and {@code async with}, with the event
 * loop alive between prompts once the first of them has run ({@link ReplSession}), and what
 * tasks print shown above the line being typed ({@link PromptAwareOutput}); the next line is
 * indented after a line ending in ':' (dedented after return, pass, raise, break, continue) and
 * Backspace in the indentation removes one level; Tab indents at the start of a line and
 * otherwise completes names, attributes ({@code asyncio.cr}, {@code 'abc'.up}) and, after
 * {@code import}, module names; keywords, strings and numbers are coloured
 * ({@link PythonHighlighter}).
 *
 * <p>Lines are read on a thread of their own while the interpreter's thread runs the input. Ctrl-C
 * while input runs raises KeyboardInterrupt in it (or cancels its task); only if the running code
 * has not reacted to two Ctrl-Cs does a third end the session with status 130, so that nothing
 * traps the user.
 */
final class Repl {

    static final String PS1 = ">>> ";
    static final String PS2 = "... ";
    private static final int INDENT = 4;

    private final Interpreter interpreter;
    private final OutputStream out;
    private final OutputStream err;
    private final ReplSession session;
    private final Set<String> sessionNames = new TreeSet<>();
    /** Whether the session ended at end of input (Ctrl-D), rather than by exit() or SystemExit. */
    private boolean endOfInput;
    /** Ctrl-Cs the running input has not reacted to yet; the third ends the session. */
    private int unansweredInterrupts;

    private Repl(Interpreter interpreter, OutputStream out, OutputStream err) {
        this.interpreter = interpreter;
        this.out = out;
        this.err = err;
        this.session = new ReplSession(interpreter, err);
    }

    /**
     * Runs a session on the calling thread (the interpreter's), reading lines on another; returns
     * its exit status (0 after Ctrl-D, n after SystemExit(n)). With {@code asyncio}, the event loop
     * runs from the start and {@code asyncio} is imported, as {@code python3 -m asyncio} has it.
     */
    static int run(Interpreter interpreter, Invocation invocation, OutputStream out, OutputStream err, boolean asyncio)
            throws IOException {
        Repl repl = new Repl(interpreter, out, err);
        if (asyncio) {
            repl.session.startEventLoop();
            interpreter.runInteractive("import asyncio\n");
        }
        boolean quiet = invocation.quiet || invocation.mode != Invocation.Mode.REPL && !asyncio;
        int[] status = {0};
        IOException[] failure = {null};
        Thread reader = new Thread(() -> {
            try {
                status[0] = repl.loop(quiet, asyncio);
            } catch (IOException e) {
                failure[0] = e;
            } finally {
                repl.session.close();
            }
        }, "eddy-line-reader");
        reader.setDaemon(true);
        reader.start();
        repl.session.serve();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return status[0];
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

    /** The banner of the asyncio REPL ({@code eddy -m asyncio}), as python3 -m asyncio words it. */
    static String asyncioBanner() {
        return "asyncio REPL " + Main.VERSION_LINE + " on Java " + System.getProperty("java.version") + ", "
                + System.getProperty("os.name").toLowerCase(Locale.ROOT) + "\n"
                + "Use \"await\" directly instead of \"asyncio.run()\".\n"
                + "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n"
                + PS1 + "import asyncio\n";
    }

    /** What the asyncio REPL prints as it ends. */
    static final String ASYNCIO_EXIT_MESSAGE = "exiting asyncio REPL...\n";

    private int loop(boolean quiet, boolean asyncio) throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true)
                .systemOutput(TerminalBuilder.SystemOutput.SysOutOrSysErr).build()) {
            Path history = historyFile();
            createPrivately(history);
            LineReaderBuilder builder = LineReaderBuilder.builder();
            if (PythonHighlighter.wanted(terminal.getType())) {
                builder.highlighter(new PythonHighlighter());
            }
            LineReader reader = builder
                    .terminal(terminal)
                    .appName("eddy")
                    .parser(new StatementParser())
                    .completer(new NameCompleter())
                    .variable(LineReader.HISTORY_FILE, history)
                    .variable(LineReader.SECONDARY_PROMPT_PATTERN, PS2)
                    .variable(LineReader.INDENTATION, INDENT)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // '!' is Python's, not history's
                    .option(LineReader.Option.HISTORY_IGNORE_SPACE, false)
                    .build();
            reader.getWidgets().put("eddy-indent-or-complete", () -> indentOrComplete(reader));
            reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference("eddy-indent-or-complete"), "\t");
            reader.getWidgets().put("eddy-dedent-or-delete", () -> dedentOrDelete(reader));
            reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference("eddy-dedent-or-delete"), "\u007f", "\b");
            PrintWriter screen = terminal.writer();
            if (!quiet) {
                screen.print(asyncio ? asyncioBanner() : banner());
                screen.flush();
            }
            terminal.handle(Terminal.Signal.INT, signal -> interruptRunning());
            // the parser's one-time set-up runs while the first line is typed, not before the prompt
            dev.eddy.interpreter.ParseAhead.warmUp();
            int status = readAndRun(reader, screen);
            saveHistory(reader);
            if (asyncio && endOfInput) {
                screen.print(ASYNCIO_EXIT_MESSAGE);
                screen.flush();
            }
            return status;
        }
    }

    /** Reads input and runs it until Ctrl-D, exit() or SystemExit; returns the exit status. */
    private int readAndRun(LineReader reader, PrintWriter screen) throws IOException {
        while (true) {
            String input;
            try {
                showingPrompt(reader);
                try {
                    input = reader.readLine(PS1);
                } finally {
                    promptClosed();
                }
            } catch (UserInterruptException e) {
                screen.println("KeyboardInterrupt");
                screen.flush();
                continue;
            } catch (EndOfFileException e) {
                screen.println();
                screen.flush();
                endOfInput = true;
                return 0;
            }
            String statement = withoutTrailingBlankLines(input);
            if (statement.isBlank()) {
                continue;
            }
            rememberNames(statement);
            String command = statement.strip();
            if (command.equals("exit()") || command.equals("quit()")) {
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
                return status;
            }
        }
    }

    /** While the prompt shows, what running tasks print goes above it. */
    private void showingPrompt(LineReader reader) throws IOException {
        for (OutputStream s : new OutputStream[] {out, err}) {
            if (s instanceof PromptAwareOutput p) {
                p.promptShown(reader::printAbove);
            }
        }
    }

    private void promptClosed() throws IOException {
        for (OutputStream s : new OutputStream[] {out, err}) {
            if (s instanceof PromptAwareOutput p) {
                p.promptClosed();
            }
        }
    }

    /** Runs one input; -1 to go on, or the status the session ends with. */
    private int execute(String statement, PrintWriter screen) {
        unansweredInterrupts = 0;
        try {
            return session.run(statement);
        } finally {
            try {
                out.flush();
                err.flush();
            } catch (IOException | RuntimeException e) {
                // The terminal is gone; the next readLine will say so.
            }
            screen.flush();
        }
    }

    /**
     * Ctrl-C while input runs: KeyboardInterrupt in it. Should the running code not react to two
     * of them (stuck where Eddy cannot interrupt it), a third ends the session with status 130,
     * so that nothing traps the user.
     */
    private void interruptRunning() {
        if (session.interruptPending()) {
            unansweredInterrupts++;
        } else {
            unansweredInterrupts = 0;
        }
        if (unansweredInterrupts >= 2) {
            try {
                Main.write(err, "\nKeyboardInterrupt\n");
            } catch (IOException ignored) {
                // leaving anyway
            }
            Runtime.getRuntime().halt(Main.EXIT_INTERRUPTED);
        }
        session.interrupt();
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

    /** Backspace in the indentation at the start of a line removes one level; elsewhere one character. */
    private static boolean dedentOrDelete(LineReader reader) {
        String buffer = reader.getBuffer().toString();
        int cursor = reader.getBuffer().cursor();
        int lineStart = buffer.lastIndexOf('\n', cursor - 1) + 1;
        int column = cursor - lineStart;
        if (column > 0 && buffer.substring(lineStart, cursor).isBlank() && !buffer.substring(lineStart, cursor).contains("\t")) {
            int remove = column % INDENT == 0 ? INDENT : column % INDENT;
            reader.getBuffer().backspace(remove);
            return true;
        }
        reader.callWidget(LineReader.BACKWARD_DELETE_CHAR);
        return true;
    }

    /** The history file, created readable by its owner only (it may hold secrets typed at the prompt). */
    private static void createPrivately(Path file) {
        if (java.nio.file.Files.exists(file)) {
            return;
        }
        try {
            java.nio.file.Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        } catch (IOException | UnsupportedOperationException e) {
            // no history file: jline keeps the history in memory
        }
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
        final String line;
        final int cursor;
        final int start;
        final int end;

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

        /** Whether the name is an attribute ({@code obj.na}). */
        boolean isAttribute() {
            return start > 0 && line.charAt(start - 1) == '.';
        }
    }

    private static final List<String> KEYWORDS = List.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
            "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
            "return", "try", "while", "with", "yield");

    /** Completes keywords and names, attributes after a dot, and module names after import. */
    private final class NameCompleter implements Completer {
        @Override
        public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
            if (!(line instanceof NameAtCursor name)) {
                return;
            }
            String text = line.line();
            String typed = text.substring(name.start, name.cursor);
            Collection<String> options;
            if (name.isAttribute()) {
                String expression = expressionBeforeDot(text.substring(0, name.start - 1));
                if (expression == null) {
                    return;
                }
                options = session.call(() -> interpreter.attributeNames(expression));
            } else if (IMPORTING.matcher(text.substring(0, name.start)).matches()) {
                options = session.call(interpreter::moduleNames);
            } else {
                if (typed.isEmpty()) {
                    return;
                }
                List<String> names = session.call(interpreter::completionNames);
                options = new ArrayList<>(KEYWORDS);
                if (names != null) {
                    options.addAll(names);
                }
                options.addAll(sessionNames);
            }
            if (options == null) {
                return;
            }
            for (String s : new TreeSet<>(options)) {
                // as CPython's rlcompleter: _names only once the user types the '_'
                if (s.startsWith("_") && !typed.startsWith("_")) {
                    continue;
                }
                candidates.add(new Candidate(s, s, null, null, null, null, false));
            }
        }
    }

    /** Text before a module name being typed after import or from. */
    private static final Pattern IMPORTING = Pattern.compile("\\s*(import|from)\\s+");

    /** What completion may evaluate: a dotted name or a simple literal, never a call. */
    private static final Pattern COMPLETABLE = Pattern.compile(
            "[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*|'[^'\\\\]*'|\"[^\"\\\\]*\"|\\d+|\\[]|\\{}|\\(\\)");

    /** The expression that ends {@code text} (the text before an attribute's dot), or null. */
    static String expressionBeforeDot(String text) {
        int i = text.length();
        if (i == 0) {
            return null;
        }
        char last = text.charAt(i - 1);
        int start;
        if (last == '\'' || last == '"') {
            start = text.lastIndexOf(last, i - 2);
        } else if (last == ']' || last == '}' || last == ')') {
            start = i - 2;
            if (start > 0 && (Character.isJavaIdentifierPart(text.charAt(start - 1)) || ")]}".indexOf(text.charAt(start - 1)) >= 0)) {
                return null; // a call or subscript, not a literal
            }
        } else {
            start = i;
            while (start > 0 && (Character.isJavaIdentifierPart(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
                start--;
            }
        }
        if (start < 0) {
            return null;
        }
        String expression = text.substring(start, i);
        return COMPLETABLE.matcher(expression).matches() ? expression : null;
    }
}
