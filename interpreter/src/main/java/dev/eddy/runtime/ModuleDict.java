package dev.eddy.runtime;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The storage behind a module's {@code __dict__} (and {@code globals()}): a live view of the
 * module's global cells, so writes through the dict reach compiled code's cached cells and
 * assignments by code show in the dict. A cell without a value is an absent key. Keys that are
 * not str (rare) are kept in the map's own table.
 */
final class ModuleDict extends LinkedHashMap<PyObject, PyObject> {
    final PyModule module;

    ModuleDict(PyModule module) {
        this.module = module;
    }

    private static String name(Object key) {
        return key instanceof PyStr s ? s.value : null;
    }

    @Override
    public PyObject get(Object key) {
        String n = name(key);
        if (n == null) {
            return super.get(key);
        }
        PyCell c = module.globals.get(n);
        return c == null ? null : c.value;
    }

    @Override
    public PyObject getOrDefault(Object key, PyObject dflt) {
        PyObject v = get(key);
        return v == null ? dflt : v;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public PyObject put(PyObject key, PyObject value) {
        String n = name(key);
        if (n == null) {
            return super.put(key, value);
        }
        PyCell c = module.cell(n);
        PyObject old = c.value;
        c.value = value;
        return old;
    }

    @Override
    public PyObject putIfAbsent(PyObject key, PyObject value) {
        PyObject old = get(key);
        if (old == null) {
            put(key, value);
        }
        return old;
    }

    @Override
    public void putAll(Map<? extends PyObject, ? extends PyObject> m) {
        m.forEach(this::put);
    }

    @Override
    public PyObject remove(Object key) {
        String n = name(key);
        if (n == null) {
            return super.remove(key);
        }
        PyCell c = module.globals.get(n);
        if (c == null) {
            return null;
        }
        PyObject old = c.value;
        c.value = null;
        return old;
    }

    @Override
    public void clear() {
        super.clear();
        module.globals.values().forEach(c -> c.value = null);
    }

    @Override
    public int size() {
        int n = super.size();
        for (PyCell c : module.globals.values()) {
            if (c.value != null) {
                n++;
            }
        }
        return n;
    }

    @Override
    public boolean isEmpty() {
        return size() == 0;
    }

    @Override
    public void forEach(BiConsumer<? super PyObject, ? super PyObject> action) {
        for (Map.Entry<PyObject, PyObject> e : entrySet()) {
            action.accept(e.getKey(), e.getValue());
        }
    }

    @Override
    public Set<Map.Entry<PyObject, PyObject>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<PyObject, PyObject>> iterator() {
                return new Entries();
            }

            @Override
            public int size() {
                return ModuleDict.this.size();
            }
        };
    }

    @Override
    public Set<PyObject> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<PyObject> iterator() {
                Entries it = new Entries();
                return new Iterator<>() {
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    public PyObject next() {
                        return it.next().getKey();
                    }

                    public void remove() {
                        it.remove();
                    }
                };
            }

            @Override
            public int size() {
                return ModuleDict.this.size();
            }

            @Override
            public boolean contains(Object o) {
                return containsKey(o);
            }
        };
    }

    @Override
    public Collection<PyObject> values() {
        java.util.List<PyObject> out = new java.util.ArrayList<>();
        forEach((k, v) -> out.add(v));
        return out;
    }

    /**
     * The str keys in the order the module defined them, then the others. The cells are
     * walked from a snapshot: code that merely looks a global up may add an empty cell (an
     * absent key) while the dict is iterated, which must not count as a change of its keys.
     */
    private final class Entries implements Iterator<Map.Entry<PyObject, PyObject>> {
        private final Iterator<Map.Entry<String, PyCell>> cells = new java.util.ArrayList<>(module.globals.entrySet()).iterator();
        private final Iterator<Map.Entry<PyObject, PyObject>> others = ModuleDict.super.entrySet().iterator();
        private Map.Entry<PyObject, PyObject> next;
        private PyCell lastCell;

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (cells.hasNext()) {
                    Map.Entry<String, PyCell> e = cells.next();
                    PyCell c = e.getValue();
                    if (c.value != null) {
                        lastCell = c;
                        next = new AbstractMap.SimpleEntry<>(new PyStr(e.getKey()), c.value) {
                            @Override
                            public PyObject setValue(PyObject v) {
                                c.value = v;
                                return super.setValue(v);
                            }
                        };
                    }
                } else if (others.hasNext()) {
                    lastCell = null;
                    next = others.next();
                } else {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Map.Entry<PyObject, PyObject> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Map.Entry<PyObject, PyObject> e = next;
            next = null;
            return e;
        }

        @Override
        public void remove() {
            if (lastCell != null) {
                lastCell.value = null;
            } else {
                others.remove();
            }
        }
    }
}
