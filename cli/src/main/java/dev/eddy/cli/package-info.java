/**
 * The {@code eddy} command line and REPL: {@link dev.eddy.cli.Main} reads a python3-style
 * command line ({@code CommandLineParser}, python3's option rules by hand; picocli for the --long options in
 * {@code LongOptions}), combines it with the
 * PYTHON* variables ({@code Settings}), reads the program ({@code ScriptSource}) and runs it
 * through {@link dev.eddy.interpreter.Interpreter} on a thread with a large stack; {@code Repl}
 * is the jline3 interactive prompt on a terminal, {@code PipedRepl} the one for piped input
 * ({@code -i}).
 *
 * <p>May depend on: eddy-interpreter (through eddy-stdlib, whose modules the interpreter
 * loads), jline (REPL only), picocli (--long options only). Nothing else in Eddy depends on this package except the
 * conformance runner in tests/, which calls {@link dev.eddy.cli.Main#run} in-process.
 */
package dev.eddy.cli;
