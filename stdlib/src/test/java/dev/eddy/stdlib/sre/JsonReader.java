package dev.eddy.stdlib.sre;

import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;

/** Reads the test vectors' JSON into Python objects (json itself is CPython's Python file, not loadable here). */
final class JsonReader {
    private final String text;
    private int pos;

    private JsonReader(String text) {
        this.text = text;
    }

    static PyObject read(String text) {
        return new JsonReader(text).value();
    }

    private PyObject value() {
        skipSpace();
        char c = text.charAt(pos);
        switch (c) {
            case '[': {
                pos++;
                PyList list = new PyList();
                skipSpace();
                if (text.charAt(pos) == ']') {
                    pos++;
                    return list;
                }
                while (true) {
                    list.append(value());
                    skipSpace();
                    if (text.charAt(pos) == ']') {
                        pos++;
                        return list;
                    }
                }
            }
            case '{': {
                pos++;
                PyDict dict = new PyDict();
                skipSpace();
                if (text.charAt(pos) == '}') {
                    pos++;
                    return dict;
                }
                while (true) {
                    skipSpace();
                    PyObject key = string();
                    skipSpace();
                    pos++; // ':'
                    dict.put(key, value());
                    skipSpace();
                    if (text.charAt(pos) == '}') {
                        pos++;
                        return dict;
                    }
                }
            }
            case '"':
                return string();
            case 't':
                pos += 4;
                return PyBool.TRUE;
            case 'f':
                pos += 5;
                return PyBool.FALSE;
            case 'n':
                pos += 4;
                return PyNone.NONE;
            default: {
                int start = pos;
                while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
                    pos++;
                }
                String n = text.substring(start, pos);
                return n.matches("-?\\d+") ? PyInt.of(Long.parseLong(n)) : new PyFloat(Double.parseDouble(n));
            }
        }
    }

    private PyStr string() {
        StringBuilder sb = new StringBuilder();
        pos++; // opening quote
        while (true) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return new PyStr(sb.toString());
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> sb.append(e);
            }
        }
    }

    private void skipSpace() {
        while (pos < text.length() && (Character.isWhitespace(text.charAt(pos)) || text.charAt(pos) == ',')) {
            pos++;
        }
    }
}
