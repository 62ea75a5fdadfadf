package dev.eddy.stdlib.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Runs the engine on vectors.json: opcode lists compiled by CPython's re, with the spans and
 * lastindex CPython's _sre found for match, search, fullmatch and successive finditer matches.
 */
class SreEngineTest {
    private static PyObject loadVectors() throws IOException {
        try (InputStream in = SreEngineTest.class.getResourceAsStream("/sre/vectors.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return JsonReader.read(text);
        }
    }

    private static int[] ints(PyObject list) {
        PyList l = (PyList) list;
        int[] out = new int[l.size];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) ((PyInt) l.items[i]).longValueExact();
        }
        return out;
    }

    private static String describe(SreState st, boolean found, int groups) {
        if (!found) {
            return "None";
        }
        StringBuilder sb = new StringBuilder("[[" + st.start + ", " + st.ptr + "]");
        for (int i = 0, j = 0; i < groups; i++, j += 2) {
            if (j + 1 <= st.lastmark && st.marks[j] >= 0 && st.marks[j + 1] >= 0) {
                sb.append(", [").append(st.marks[j]).append(", ").append(st.marks[j + 1]).append(']');
            } else {
                sb.append(", [-1, -1]");
            }
        }
        return sb.append("] last=").append(st.lastindex >= 0 ? st.lastindex : "None").toString();
    }

    private static String describe(PyObject regs, PyObject lastindex) {
        if (regs == PyNone.NONE) {
            return "None";
        }
        StringBuilder sb = new StringBuilder("[");
        PyList l = (PyList) regs;
        for (int i = 0; i < l.size; i++) {
            int[] r = ints(l.items[i]);
            sb.append(i > 0 ? ", " : "").append('[').append(r[0]).append(", ").append(r[1]).append(']');
        }
        return sb.append("] last=").append(lastindex == PyNone.NONE ? "None" : lastindex.repr().value).toString();
    }

    @Test
    void matchesWhatCPythonMatches() throws IOException {
        PyList entries = (PyList) loadVectors();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (int e = 0; e < entries.size; e++) {
            PyDict entry = (PyDict) entries.items[e];
            int[] code = ints(entry.get("code"));
            int groups = (int) ((PyInt) entry.get("groups")).longValueExact();
            String pattern = entry.get("pattern").repr().value;
            PyList cases = (PyList) entry.get("cases");
            String iterSubject = null;
            SreState iterState = null;
            for (int c = 0; c < cases.size; c++) {
                PyList k = (PyList) cases.items[c];
                String op = ((PyStr) k.items[0]).value;
                String subject = ((PyStr) k.items[1]).value;
                boolean isBytes = k.items[2] == PyBool.TRUE;
                int pos = (int) ((PyInt) k.items[3]).longValueExact();
                int endpos = (int) ((PyInt) k.items[4]).longValueExact();
                int[] text = subject.codePoints().toArray();
                String expected = describe(k.items[5], k.items[6]);
                String actual;
                if (op.equals("iter")) {
                    if (!subject.equals(iterSubject) || pos == 0) {
                        iterSubject = subject;
                        iterState = new SreState(code, text, 0, text.length, groups + 1);
                    }
                    SreState st = iterState;
                    st.reset();
                    st.ptr = st.start;
                    boolean found = st.start <= st.end && st.search();
                    actual = describe(st, found, groups);
                    if (found) {
                        st.mustAdvance = st.ptr == st.start;
                        st.start = st.ptr;
                    }
                } else {
                    SreState st = new SreState(code, text, pos, endpos, groups + 1);
                    boolean found;
                    if (op.equals("search")) {
                        found = st.search();
                    } else {
                        st.matchAll = op.equals("fullmatch");
                        found = st.match();
                    }
                    actual = describe(st, found, groups);
                }
                checked++;
                if (!expected.equals(actual)) {
                    failures.add(pattern + (isBytes ? " (bytes)" : "") + " flags=" + entry.get("flags") + " " + op
                            + " " + new PyStr(subject).repr().value + " pos=" + pos + " endpos=" + endpos
                            + ": expected " + expected + ", got " + actual);
                }
            }
        }
        assertTrue(checked > 10000, "vectors loaded");
        assertEquals("", String.join("\n", failures.subList(0, Math.min(40, failures.size()))),
                failures.size() + " of " + checked + " cases differ");
    }
}
