package dev.eddy.nodes;

import dev.eddy.runtime.Frame;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PySet;

/** The innermost statement of a list, set or dict comprehension: adds one element to the result. */
public final class Accumulate extends StmtNode {
    final int resultSlot;
    final ExprNode key;
    final ExprNode value;

    /** For a dict comprehension key is the key expression; otherwise null. */
    public Accumulate(int resultSlot, ExprNode key, ExprNode value) {
        this.resultSlot = resultSlot;
        this.key = key;
        this.value = value;
    }

    @Override
    public int exec(Frame f) {
        PyObject r = f.slots[resultSlot];
        if (r instanceof PyList l) {
            l.append(value.eval(f));
        } else if (r instanceof PySet s) {
            s.add(value.eval(f));
        } else {
            PyObject k = key.eval(f);
            ((PyDict) r).setItem(k, value.eval(f));
        }
        return NORMAL;
    }

    /** Creates the empty result container. */
    public static final class NewResult extends StmtNode {
        final int slot;
        final int kind;

        /** kind: 0 list, 1 set, 2 dict. */
        public NewResult(int slot, int kind) {
            this.slot = slot;
            this.kind = kind;
        }

        @Override
        public int exec(Frame f) {
            f.slots[slot] = kind == 0 ? new PyList() : kind == 1 ? new PySet(false) : new PyDict();
            return NORMAL;
        }
    }
}
