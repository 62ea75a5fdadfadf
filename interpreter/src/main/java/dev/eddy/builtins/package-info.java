/**
 * The builtins module ({@link dev.eddy.builtins.BuiltinsModule#create()}): the builtin
 * functions with CPython's argument handling and error messages, the builtin iterator types
 * (range, enumerate, zip, map, filter, reversed), super, and the standard stream objects
 * ({@link dev.eddy.builtins.PyTextStream}, managed by {@link dev.eddy.builtins.StdStreams}).
 * Depends on dev.eddy.runtime only.
 */
package dev.eddy.builtins;
