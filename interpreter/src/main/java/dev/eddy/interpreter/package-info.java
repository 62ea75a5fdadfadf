/**
 * Running programs: parse, compile, execute a module, print uncaught exceptions as CPython
 * does, load imported modules. The embedding API is {@link dev.eddy.interpreter.Interpreter}.
 */
package dev.eddy.interpreter;
