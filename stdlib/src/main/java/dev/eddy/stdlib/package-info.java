/**
 * Standard library modules implemented in Java, one {@link dev.eddy.runtime.ModuleProvider}
 * per module (sys, time, math, functools, itertools, collections, contextlib, random,
 * operator, heapq, bisect, copy, typing, abc, warnings, os, os.path, json, io), registered in
 * META-INF/services and created on first import. _io is in {@code dev.eddy.stdlib.io}, posix
 * and errno in {@code dev.eddy.stdlib.posix}. Depends on dev.eddy.runtime and dev.eddy.builtins.
 */
package dev.eddy.stdlib;
