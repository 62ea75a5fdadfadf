package dev.eddy.stdlib;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.BinaryOp;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

/**
 * The typing module for annotations only: every special form is a harmless object that can be
 * subscripted, combined with | and printed; the helpers (cast, TypeVar, NewType, overload...) do nothing.
 */
public final class TypingModule implements ModuleProvider {
    private static final String[] FORMS = {"Any", "Union", "Optional", "List", "Dict", "Set", "FrozenSet", "Tuple", "Callable",
        "Type", "Iterable", "Iterator", "Generator", "Sequence", "Mapping", "MutableMapping", "MutableSequence", "MutableSet",
        "AbstractSet", "Collection", "Container", "Hashable", "Sized", "Reversible", "Awaitable", "Coroutine", "AsyncIterable",
        "AsyncIterator", "AsyncGenerator", "Deque", "DefaultDict", "OrderedDict", "Counter", "ChainMap", "Literal", "Final",
        "ClassVar", "Annotated", "NoReturn", "Never", "Self", "LiteralString", "TypeAlias", "TypeGuard", "Required",
        "NotRequired", "Unpack", "Concatenate", "IO", "TextIO", "BinaryIO", "Pattern", "Match", "SupportsInt", "SupportsFloat",
        "SupportsAbs", "SupportsIndex", "SupportsRound", "SupportsBytes", "SupportsComplex", "ByteString", "KeysView",
        "ValuesView", "ItemsView", "MappingView", "ContextManager", "AsyncContextManager"};

    /** A typing special form or a parameterisation of one. */
    static final class Form extends PyObject {
        static final PyType TYPE = Mod.type("typing", "_SpecialForm", null, null);
        final String repr;
        /** What subscripting gives, when it is a fixed object (Generic[T] is the class Generic). */
        private final PyObject subscripted;

        Form(String repr) {
            this(repr, null);
        }

        Form(String repr, PyObject subscripted) {
            this.repr = repr;
            this.subscripted = subscripted;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        private static String argRepr(PyObject o) {
            if (o instanceof PyType t) {
                return t.module.equals("builtins") ? t.qualname : t.module + "." + t.qualname;
            }
            if (o == PyNone.NONE) {
                return "None";
            }
            if (o instanceof PyList l) {
                StringBuilder sb = new StringBuilder("[");
                for (int i = 0; i < l.size; i++) {
                    sb.append(i > 0 ? ", " : "").append(argRepr(l.items[i]));
                }
                return sb.append(']').toString();
            }
            return o instanceof Form f ? f.repr : o.repr().value;
        }

        @Override
        public PyObject getItem(PyObject key) {
            if (subscripted != null) {
                return subscripted;
            }
            PyObject[] args = key instanceof PyTuple t ? t.items : new PyObject[] {key};
            StringBuilder sb = new StringBuilder(repr).append('[');
            for (int i = 0; i < args.length; i++) {
                sb.append(i > 0 ? ", " : "").append(argRepr(args[i]));
            }
            return new Form(sb.append(']').toString());
        }

        @Override
        public PyObject binaryOp(BinaryOp op, PyObject other) {
            return op == BinaryOp.OR ? new Form(repr + " | " + argRepr(other)) : super.binaryOp(op, other);
        }

        @Override
        public PyObject reflectedBinaryOp(BinaryOp op, PyObject other) {
            return op == BinaryOp.OR ? new Form(argRepr(other) + " | " + repr) : super.reflectedBinaryOp(op, other);
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            throw Errors.typeError("Cannot instantiate " + repr);
        }

        @Override
        public PyStr repr() {
            return new PyStr(repr);
        }
    }

    @Override
    public String name() {
        return "typing";
    }

    private static PyObject identity(String name) {
        return new PyBuiltinFunction(name, (a, kw) -> {
            Args.check(name, a, kw, 1, 1);
            return a[0];
        });
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("typing");
        for (String f : FORMS) {
            m.set(f, new Form("typing." + f));
        }
        m.set("Text", dev.eddy.runtime.PyStr.TYPE);
        m.set("AnyStr", new Form("~AnyStr"));
        m.set("TYPE_CHECKING", PyBool.FALSE);
        PyType generic = Mod.type("typing", "Generic", null, null);
        generic.defClassMethod("__class_getitem__", (a, kw) -> a[0]);
        m.set("Generic", new Form("typing.Generic", generic));
        PyType protocol = Mod.type("typing", "Protocol", null, null);
        protocol.defClassMethod("__class_getitem__", (a, kw) -> a[0]);
        m.set("Protocol", protocol);
        PyType typedDict = Mod.type("typing", "TypedDict", PyDict.TYPE, null);
        m.set("TypedDict", typedDict);
        Mod.def(m, "TypeVar", (a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof PyStr s)) {
                throw Errors.typeError("TypeVar() missing required argument 'name'");
            }
            return new Form("~" + s.value);
        });
        Mod.def(m, "ParamSpec", (a, kw) -> new Form("~" + a[0]));
        Mod.def(m, "TypeVarTuple", (a, kw) -> new Form(a[0].toString()));
        Mod.def(m, "NewType", (a, kw) -> {
            Args.check("NewType", a, kw, 2, 2);
            return identity(a[0].toString());
        });
        Mod.def(m, "cast", (a, kw) -> {
            Args.check("cast", a, kw, 2, 2);
            return a[1];
        });
        for (String n : new String[] {"overload", "final", "no_type_check", "runtime_checkable", "override", "reveal_type"}) {
            m.set(n, identity(n));
        }
        Mod.def(m, "dataclass_transform", (a, kw) -> identity("decorator"));
        Mod.def(m, "assert_never", (a, kw) -> {
            throw Errors.of(dev.eddy.runtime.Exceptions.ASSERTION_ERROR, "Expected code to be unreachable, but got: " + a[0].repr().value);
        });
        Mod.def(m, "get_type_hints", (a, kw) -> {
            PyObject ann = a.length > 0 ? a[0].lookupAttr("__annotations__") : null;
            return ann == null ? new PyDict() : ann;
        });
        Mod.def(m, "get_origin", (a, kw) -> PyNone.NONE);
        Mod.def(m, "get_args", (a, kw) -> PyTuple.EMPTY);
        Mod.def(m, "NamedTuple", (a, kw) -> {
            Args.check("NamedTuple", a, kw, 1, 2);
            PyObject[] fields = a.length > 1 ? Ops.toArray(a[1]) : new PyObject[0];
            String[] names = new String[fields.length];
            for (int i = 0; i < fields.length; i++) {
                names[i] = Ops.toArray(fields[i])[0].toString();
            }
            return NamedTuple.make(a[0].toString(), names, new PyObject[0], "__main__");
        });
        return m;
    }
}
