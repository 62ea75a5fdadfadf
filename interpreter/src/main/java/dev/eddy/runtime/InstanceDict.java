package dev.eddy.runtime;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An instance's attributes once a program has asked for its {@code __dict__}: the dict the
 * program holds is the storage from then on, and attribute access reads and writes it through
 * this map (keys are the attribute names as str).
 */
public final class InstanceDict extends AbstractMap<String, PyObject> {
    public final PyDict dict;

    public InstanceDict(PyDict dict) {
        this.dict = dict;
    }

    /** The object's __dict__, switching its storage over to a dict on first use. */
    public static PyDict of(PyInstance pi) {
        if (pi.dict instanceof InstanceDict id) {
            return id.dict;
        }
        PyDict d = new PyDict();
        if (pi.dict != null) {
            pi.dict.forEach((k, v) -> d.put(new PyStr(k), v));
        }
        pi.dict = new InstanceDict(d);
        return d;
    }

    @Override
    public PyObject get(Object key) {
        return dict.map.get(new PyStr((String) key));
    }

    @Override
    public boolean containsKey(Object key) {
        return dict.map.containsKey(new PyStr((String) key));
    }

    @Override
    public PyObject put(String key, PyObject value) {
        return dict.map.put(new PyStr(key), value);
    }

    @Override
    public PyObject remove(Object key) {
        return dict.map.remove(new PyStr((String) key));
    }

    @Override
    public Set<Entry<String, PyObject>> entrySet() {
        Map<String, PyObject> out = new LinkedHashMap<>();
        dict.map.forEach((k, v) -> {
            if (k instanceof PyStr s) {
                out.put(s.value, v);
            }
        });
        return out.entrySet();
    }
}
