/**
 * The {@code eddy} command line and REPL: {@link dev.eddy.cli.Main} parses a python3-style
 * command line ({@code CommandLineParser} by hand for the common shapes, {@code OptionParser}
 * with picocli for the rest), reads the program ({@code ScriptSource}) and runs it through
 * {@link dev.eddy.interpreter.Interpreter} on a thread with a large stack; {@code Repl} is the
 * jline3 interactive prompt.
 *
 * <p>May depend on: eddy-interpreter (through eddy-stdlib, whose modules the interpreter
 * loads), picocli, jline (REPL only). Nothing else in Eddy depends on this package except the
 * conformance runner in tests/, which calls {@link dev.eddy.cli.Main#run} in-process.
 */
package dev.eddy.cli;
