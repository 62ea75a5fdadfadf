/**
 * The {@code _json} module: the accelerator under CPython's {@code json} package, as
 * CPython's C module is. {@link dev.eddy.stdlib.json.JsonParser} reads JSON text (the
 * {@code make_scanner} type's calls and {@code scanstring}), {@link dev.eddy.stdlib.json.Encoder}
 * writes Python values as JSON in one pass ({@code make_encoder}, which {@code json} uses when
 * {@code indent} is None), and {@link dev.eddy.stdlib.json.JsonEscapes} quotes strings
 * ({@code encode_basestring}, {@code encode_basestring_ascii}). Messages, error positions and
 * recursion limits are CPython 3.11's.
 */
package dev.eddy.stdlib.json;
