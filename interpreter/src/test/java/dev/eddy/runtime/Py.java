package dev.eddy.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

/** Test helpers: Java values to Python objects, method calls through the object model, repr checks. */
final class Py {
    private Py() {
    }

    static {
        TypeMethods.installAll();
    }

    /** A keyword argument for {@link #call}. */
    record Kw(String name, Object value) {
    }

    static Kw kw(String name, Object value) {
        return new Kw(name, value);
    }

    /** Converts String, Integer, Long, Double, Boolean, null, List (list), Object[] (tuple), byte[] and PyObject. */
    static PyObject v(Object o) {
        if (o == null) {
            return PyNone.NONE;
        }
        if (o instanceof PyObject p) {
            return p;
        }
        if (o instanceof String s) {
            return new PyStr(s);
        }
        if (o instanceof Boolean b) {
            return PyBool.of(b);
        }
        if (o instanceof Integer i) {
            return PyInt.of(i);
        }
        if (o instanceof Long l) {
            return PyInt.of(l);
        }
        if (o instanceof java.math.BigInteger b) {
            return PyInt.of(b);
        }
        if (o instanceof Double d) {
            return new PyFloat(d);
        }
        if (o instanceof byte[] b) {
            return new PyBytes(b);
        }
        if (o instanceof List<?> l) {
            PyList r = new PyList();
            for (Object x : l) {
                r.append(v(x));
            }
            return r;
        }
        if (o instanceof Object[] a) {
            PyObject[] items = new PyObject[a.length];
            for (int i = 0; i < a.length; i++) {
                items[i] = v(a[i]);
            }
            return new PyTuple(items);
        }
        throw new IllegalArgumentException("no Python value for " + o);
    }

    static PyObject[] tuple(Object... items) {
        return ((PyTuple) v(items)).items;
    }

    static PyBytes b(String latin1) {
        return new PyBytes(latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** obj.name(*args, **kwargs) as the interpreter would call it: attribute lookup, then call. */
    static PyObject call(Object self, String name, Object... args) {
        List<PyObject> values = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Object a : args) {
            if (a instanceof Kw k) {
                names.add(k.name());
            }
        }
        for (Object a : args) {
            if (!(a instanceof Kw)) {
                values.add(v(a));
            }
        }
        for (Object a : args) {
            if (a instanceof Kw k) {
                values.add(v(k.value()));
            }
        }
        return v(self).getAttr(name).call(values.toArray(new PyObject[0]), names.isEmpty() ? null : names.toArray(new String[0]));
    }

    /** Asserts the Python repr of the result of {@code body}. */
    static void eq(String expectedRepr, PyObject actual) {
        assertEquals(expectedRepr, actual.repr().value);
    }

    /** Asserts that {@code body} raises: expected is "TypeName: message" as CPython prints it. */
    static void raises(String expected, Runnable body) {
        try {
            body.run();
        } catch (PyException e) {
            assertEquals(expected, e.getMessage());
            return;
        }
        fail("expected " + expected);
    }
}
