/**
 * Standard library modules implemented in Java: the ones CPython writes in C (sys, time, math,
 * _functools, itertools, _collections, _random, _operator, _heapq, _bisect, _string, _struct,
 * zlib, binascii, unicodedata...) and a few kept in Java for speed (copy, warnings, contextlib,
 * functools). One {@link dev.eddy.runtime.ModuleProvider} per module, registered in
 * META-INF/services and created on first import; larger modules have packages of their own
 * (_io in {@code io}, posix and errno in {@code posix}, _sre in {@code sre}, _json in {@code json},
 * asyncio, signals, threads, sockets in {@code net}...). Modules CPython writes in Python ship as
 * CPython's own files (see stdlib/src/main/lib/modules.txt). Depends on dev.eddy.runtime and
 * dev.eddy.builtins.
 */
package dev.eddy.stdlib;
