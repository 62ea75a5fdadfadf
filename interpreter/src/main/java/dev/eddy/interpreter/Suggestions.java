package dev.eddy.interpreter;

import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Frame;
import dev.eddy.runtime.Importer;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.TracebackEntry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The "Did you mean: 'x'?" that CPython 3.11 adds to a NameError or AttributeError it prints:
 * the closest name by CPython's weighted Levenshtein distance (a case flip costs 1, any other
 * edit 2), among the object's dir() for an AttributeError, and among the failing frame's local
 * variable names, then its globals, then the builtins, for a NameError.
 */
final class Suggestions {
    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    private Suggestions() {
    }

    /** The text to append to the exception's message line ("" if none). */
    static String forException(PyBaseException e) {
        try {
            String suggestion = null;
            if (e.type().isSubtypeOf(Exceptions.ATTRIBUTE_ERROR)) {
                suggestion = forAttribute(e);
            } else if (e.type().isSubtypeOf(Exceptions.NAME_ERROR)) {
                suggestion = forName(e);
            }
            return suggestion == null ? "" : ". Did you mean: '" + suggestion + "'?";
        } catch (PyException | ClassCastException ex) {
            return ""; // as CPython: a failing dir() or odd attribute means no suggestion
        }
    }

    private static String forAttribute(PyBaseException e) {
        PyObject name = e.lookupAttr("name");
        PyObject obj = e.lookupAttr("obj");
        if (!(name instanceof PyStr n) || obj == null) {
            return null;
        }
        PyObject dir = Importer.current().importModule("builtins").getAttr("dir").call(obj);
        return closest(strings(Ops.toArray(dir)), n.value);
    }

    private static String forName(PyBaseException e) {
        PyObject name = e.lookupAttr("name");
        if (!(name instanceof PyStr n) || e.traceback == null || e.traceback.isEmpty()) {
            return null;
        }
        TracebackEntry innermost = e.traceback.get(0);
        Frame frame = innermost.frame();
        if (frame == null) {
            return null;
        }
        if (frame.code.kind != dev.eddy.runtime.Code.Kind.MODULE && frame.code.kind != dev.eddy.runtime.Code.Kind.CLASS) {
            List<String> locals = new ArrayList<>();
            for (String s : frame.code.slotNames) {
                if (!s.startsWith("$") && !s.startsWith(".")) {
                    locals.add(s);
                }
            }
            String found = closest(locals, n.value);
            if (found != null) {
                return found;
            }
        }
        String found = closest(new ArrayList<>(frame.module.globals.keySet()), n.value);
        if (found != null) {
            return found;
        }
        PyObject builtins = Importer.current().importModule("builtins");
        return builtins instanceof PyModule b ? closest(new ArrayList<>(b.globals.keySet()), n.value) : null;
    }

    private static List<String> strings(PyObject[] items) {
        List<String> out = new ArrayList<>();
        for (PyObject o : items) {
            out.add(((PyStr) o).value);
        }
        return out;
    }

    /** CPython's calculate_suggestions: the nearest candidate within a third of the characters, first wins ties. */
    static String closest(List<String> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.equals(name)) {
                continue;
            }
            byte[] item = candidate.getBytes(StandardCharsets.UTF_8);
            int maxDistance = (wanted.length + item.length + 3) * MOVE_COST / 6;
            maxDistance = Math.min(maxDistance, bestDistance - 1);
            int distance = distance(wanted, item, maxDistance);
            if (distance > maxDistance) {
                continue;
            }
            if (best == null || distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        return lowerAscii(a) == lowerAscii(b) ? CASE_COST : MOVE_COST;
    }

    private static byte lowerAscii(byte c) {
        return c >= 'A' && c <= 'Z' ? (byte) (c + ('a' - 'A')) : c;
    }

    /** CPython's levenshtein_distance over UTF-8 bytes, giving up (maxCost + 1) once it cannot win. */
    static int distance(byte[] a, byte[] b, int maxCost) {
        int aStart = 0;
        int bStart = 0;
        int aEnd = a.length;
        int bEnd = b.length;
        while (aStart < aEnd && bStart < bEnd && a[aStart] == b[bStart]) {
            aStart++;
            bStart++;
        }
        while (aStart < aEnd && bStart < bEnd && a[aEnd - 1] == b[bEnd - 1]) {
            aEnd--;
            bEnd--;
        }
        int aSize = aEnd - aStart;
        int bSize = bEnd - bStart;
        if (aSize == 0 || bSize == 0) {
            return (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        if (bSize < aSize) {
            byte[] t = a;
            a = b;
            b = t;
            int ts = aStart;
            aStart = bStart;
            bStart = ts;
            int tz = aSize;
            aSize = bSize;
            bSize = tz;
        }
        if ((bSize - aSize) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] row = new int[aSize];
        for (int i = 0, cost = MOVE_COST; i < aSize; i++, cost += MOVE_COST) {
            row[i] = cost;
        }
        int result = 0;
        for (int bi = 0; bi < bSize; bi++) {
            byte code = b[bStart + bi];
            int distance = result = bi * MOVE_COST;
            int minimum = Integer.MAX_VALUE;
            for (int ai = 0; ai < aSize; ai++) {
                int substitute = distance + substitutionCost(code, a[aStart + ai]);
                distance = row[ai];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                row[ai] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}
