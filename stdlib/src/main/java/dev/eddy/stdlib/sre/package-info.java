/**
 * The {@code _sre} module: the regular-expression engine under CPython's {@code re} package.
 * {@code re}'s Python compiler turns a pattern into a list of integer opcodes; {@link
 * dev.eddy.stdlib.sre.SreState} interprets that list over a subject's code points (or bytes)
 * with an explicit backtracking stack, and the Pattern, Match and Scanner types wrap it.
 */
package dev.eddy.stdlib.sre;
