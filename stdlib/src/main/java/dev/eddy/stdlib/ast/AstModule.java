package dev.eddy.stdlib.ast;

import dev.eddy.runtime.AstConversion;
import dev.eddy.runtime.InterpreterState;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyType;

import java.util.Map;

/**
 * The {@code _ast} module: every node class, the compile() flags, and, for this interpreter,
 * the conversion compile() uses to hand out trees.
 */
public final class AstModule implements ModuleProvider {
    @Override
    public String name() {
        return "_ast";
    }

    @Override
    public PyModule create() {
        NodeTypes types = new NodeTypes();
        PyModule m = new PyModule("_ast");
        for (Map.Entry<String, PyType> e : types.classes.entrySet()) {
            m.set(e.getKey(), e.getValue());
        }
        m.set("PyCF_ONLY_AST", PyInt.of(AstConversion.PYCF_ONLY_AST));
        m.set("PyCF_TYPE_COMMENTS", PyInt.of(0x1000));
        m.set("PyCF_ALLOW_TOP_LEVEL_AWAIT", PyInt.of(0x2000));
        InterpreterState interp = InterpreterState.current();
        interp.dropExtension(AstConversion.class);
        interp.extension(AstConversion.class, () -> new Conversion(types));
        return m;
    }

    /** compile()'s way to this interpreter's node classes. */
    private record Conversion(NodeTypes types) implements AstConversion {
        @Override
        public PyObject toNodes(Object tree, String mode, String source) {
            TreeToNodes t = new TreeToNodes(types, source);
            return switch (mode) {
                case "eval" -> t.expression((dev.eddy.ast.Expr) tree);
                case "single" -> t.interactive((dev.eddy.ast.Module) tree);
                default -> t.module((dev.eddy.ast.Module) tree);
            };
        }

        @Override
        public Object fromNodes(PyObject node, String mode) {
            return new NodesToTree(types).tree(node, mode);
        }

        @Override
        public boolean isNode(PyObject o) {
            return o.type().isSubtypeOf(types.ast);
        }
    }
}
