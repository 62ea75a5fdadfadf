/**
 * The Python object model: every value is a {@link dev.eddy.runtime.PyObject}; builtin types
 * implement the protocol in Java, classes from class statements dispatch to dunder methods
 * ({@link dev.eddy.runtime.PyInstance}); functions run over heap {@link dev.eddy.runtime.Frame}s
 * and generators keep theirs between resumptions. Depends on dev.eddy.nodes only for the
 * code a function runs.
 */
package dev.eddy.runtime;
