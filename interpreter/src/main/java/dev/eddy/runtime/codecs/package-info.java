/**
 * Python's codecs in Java: the UTF-8, UTF-16, UTF-32, ASCII, Latin-1, charmap and escape
 * codecs with CPython's error ranges and messages, the error handlers, and the codec registry
 * (codecs.register/lookup) that str.encode and bytes.decode fall back on for other encodings.
 * The _codecs module exposes them to CPython's codecs.py and encodings package.
 */
package dev.eddy.runtime.codecs;
