package dev.eddy.nodes;

import dev.eddy.runtime.Frame;
import dev.eddy.runtime.PyObject;

/** Something that can be assigned to and deleted: a name, attribute, subscript or unpacking pattern. */
public interface Target {
    void assign(Frame f, PyObject value);

    void delete(Frame f);
}
