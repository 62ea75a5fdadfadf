/**
 * Running programs: parse, compile, execute a module, print uncaught exceptions as CPython
 * does, load imported modules. The embedding API is {@link dev.eddy.interpreter.Interpreter}.
 * Imported modules' syntax trees come from the compiled-module cache when it fits the source
 * ({@code ModuleCache}); the main program's is parsed while the interpreter starts
 * ({@link dev.eddy.interpreter.ParseAhead}).
 */
package dev.eddy.interpreter;
