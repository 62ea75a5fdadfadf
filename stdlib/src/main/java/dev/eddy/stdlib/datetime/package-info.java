/**
 * The {@code _datetime} module: CPython's C datetime types written in Java (date, time,
 * datetime, timedelta, tzinfo, timezone). {@code datetime.py} ends with
 * {@code from _datetime import *}, so these replace its pure-Python classes, and programs see
 * the C module's behaviour and messages.
 */
package dev.eddy.stdlib.datetime;
