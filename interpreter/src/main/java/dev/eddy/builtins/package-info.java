/**
 * The builtins module ({@link dev.eddy.builtins.BuiltinsModule#create()}): the builtin
 * functions with CPython's argument handling and error messages, the builtin iterator types
 * (range, enumerate, zip, map, filter, reversed), super, and the standard stream objects
 * ({@link dev.eddy.builtins.PyTextStream}, managed by {@link dev.eddy.builtins.StdStreams}),
 * and the abstract stream classes of _io ({@link dev.eddy.builtins.IoBase}) that those and the
 * _io module's files share.
 * Depends on dev.eddy.runtime only.
 */
package dev.eddy.builtins;
