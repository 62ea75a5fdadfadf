package dev.eddy.stdlib.sre;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyType;

/** The object behind Pattern.scanner() and finditer(): successive matches over one subject. */
public final class SreScanner extends PyObject {
    public static final PyType TYPE = PyType.builtin("SRE_Scanner", PyType.OBJECT, null);

    static {
        TYPE.module = "_sre";
        TYPE.def("match", (a, kw) -> {
            Args.checkMethod("match", a, kw, 0, 0);
            return self(a).next(false);
        });
        TYPE.def("search", (a, kw) -> {
            Args.checkMethod("search", a, kw, 0, 0);
            return self(a).next(true);
        });
    }

    final SrePattern pattern;
    final PyObject string;
    private final SreState state;
    private boolean exhausted;

    SreScanner(SrePattern pattern, PyObject string, SreState state) {
        this.pattern = pattern;
        this.string = string;
        this.state = state;
    }

    private static SreScanner self(PyObject[] a) {
        if (!(a[0] instanceof SreScanner s)) {
            throw Errors.typeError("descriptor requires a '_sre.SRE_Scanner' object");
        }
        return s;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject next(boolean search) {
        if (exhausted) {
            return PyNone.NONE;
        }
        SreState st = state;
        st.reset();
        st.ptr = st.start;
        boolean found = search ? st.search() : st.match();
        if (!found) {
            exhausted = true;
            return PyNone.NONE;
        }
        SreMatch m = new SreMatch(pattern, string, st);
        st.mustAdvance = st.ptr == st.start;
        st.start = st.ptr;
        return m;
    }

    @Override
    public PyObject lookupAttr(String name) {
        if (name.equals("pattern")) {
            return pattern;
        }
        return super.lookupAttr(name);
    }
}
