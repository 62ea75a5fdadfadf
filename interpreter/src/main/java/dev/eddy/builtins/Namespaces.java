package dev.eddy.builtins;

import dev.eddy.ast.Expr;
import dev.eddy.ast.ExprStmt;
import dev.eddy.ast.Module;
import dev.eddy.compiler.Compiler;
import dev.eddy.nodes.Definitions;
import dev.eddy.nodes.StmtNode;
import dev.eddy.parser.PythonParser;
import dev.eddy.parser.SyntaxErrorException;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.AstConversion;
import dev.eddy.runtime.Importer;
import dev.eddy.runtime.InterpreterState;
import dev.eddy.runtime.CallSite;
import dev.eddy.runtime.Code;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Frame;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyCell;
import dev.eddy.runtime.PyCode;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.SourceFile;
import dev.eddy.runtime.TypeCreation;
import dev.eddy.runtime.ListMethods;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The builtins that read or run code in namespaces: globals(), locals(), vars() and dir()
 * without arguments, eval(), exec() and compile(). A module's globals are its live
 * __dict__; a plain dict given to exec or eval as globals becomes such a namespace.
 */
public final class Namespaces {
    private final PyModule builtins;
    private final Definitions.ModuleLoader loader;

    private Namespaces(PyModule builtins, Definitions.ModuleLoader loader) {
        this.builtins = builtins;
        this.loader = loader;
    }

    /** Adds the functions to {@code builtins}; compiled code loads modules through {@code loader}. */
    public static void install(PyModule builtins, Definitions.ModuleLoader loader) {
        Namespaces n = new Namespaces(builtins, loader);
        PyObject dirWithArgument = builtins.get("dir");
        PyObject varsWithArgument = builtins.get("vars");
        builtins.set("globals", new PyBuiltinFunction("globals", (a, kw) -> {
            Args.check("globals", a, kw, 0, 0);
            Frame f = CallSite.current();
            return f == null ? new PyDict() : f.module.dict();
        }));
        builtins.set("locals", new PyBuiltinFunction("locals", (a, kw) -> {
            Args.check("locals", a, kw, 0, 0);
            return localsOf(CallSite.current());
        }));
        builtins.set("vars", new PyBuiltinFunction("vars", (a, kw) -> a.length > 0 ? varsWithArgument.call(a, kw) : localsOf(CallSite.current())));
        builtins.set("dir", new PyBuiltinFunction("dir", (a, kw) -> {
            if (a.length > 0) {
                return dirWithArgument.call(a, kw);
            }
            PyObject d = localsOf(CallSite.current());
            PyList keys = new PyList();
            PyObject it = d.iter();
            for (PyObject k = it.next(); k != null; k = it.next()) {
                keys.append(k);
            }
            ListMethods.sort(keys, null, false);
            return keys;
        }));
        builtins.set("eval", new PyBuiltinFunction("eval", n::eval));
        builtins.set("exec", new PyBuiltinFunction("exec", n::exec));
        builtins.set("compile", new PyBuiltinFunction("compile", n::compile));
    }

    /** The frame's local namespace (see {@link dev.eddy.runtime.PyFrame#localsOf}). */
    static PyObject localsOf(Frame f) {
        return f == null ? new PyDict() : dev.eddy.runtime.PyFrame.localsOf(f);
    }

    // ---- compile ----------------------------------------------------------------------------

    private PyObject compile(PyObject[] a, String[] kw) {
        PyObject[] p = Args.bind("compile", a, kw, new String[] {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"}, 3);
        String filename = p[1] instanceof PyBytes b ? new String(b.bytes, StandardCharsets.UTF_8) : p[1].str().value;
        if (!(p[2] instanceof PyStr m)) {
            throw Errors.typeError("compile() argument 'mode' must be str, not " + p[2].type().name);
        }
        String mode = m.value;
        if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
            throw Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        }
        boolean onlyAst = p[3] != null && p[3] instanceof PyInt fl && (fl.value & AstConversion.PYCF_ONLY_AST) != 0;
        if (p[0] instanceof PyCode c) {
            return c;
        }
        if (!(p[0] instanceof PyStr || p[0] instanceof PyBytes) && p[0] instanceof dev.eddy.runtime.PyInstance
                && astConversion().isNode(p[0])) {
            if (onlyAst) {
                return p[0];
            }
            PyCode code = new PyCode(astConversion().fromNodes(p[0], mode), mode, filename, "");
            code.compiledForGlobals = compileCode(code, false);
            return code;
        }
        String text = sourceText(p[0], "compile");
        PyCode code = parse(text, filename, mode);
        if (onlyAst) {
            return astConversion().toNodes(code.ast, mode, code.text);
        }
        code.compiledForGlobals = compileCode(code, false);
        return code;
    }

    /** The _ast module's tree conversion for this interpreter (importing _ast makes it). */
    private static AstConversion astConversion() {
        InterpreterState interp = InterpreterState.current();
        AstConversion c = interp.extension(AstConversion.class, () -> null);
        if (c == null) {
            Importer.current().importModule("_ast");
            c = interp.extension(AstConversion.class, () -> null);
        }
        return c;
    }

    private static String sourceText(PyObject src, String fn) {
        if (src instanceof PyStr s) {
            return s.value;
        }
        if (src instanceof PyBytes b) {
            return new String(b.bytes, StandardCharsets.UTF_8);
        }
        throw Errors.typeError(fn + "() arg 1 must be a string, bytes or code object");
    }

    /** Parses source for {@code mode}; a SyntaxError becomes the Python exception CPython raises. */
    private static PyCode parse(String text, String filename, String mode) {
        if (text.indexOf('\0') >= 0) {
            throw Errors.of(Exceptions.SYNTAX_ERROR, "source code string cannot contain null bytes");
        }
        try {
            if (mode.equals("eval")) {
                String stripped = text.stripLeading();
                Module mod = PythonParser.parseFile(stripped, filename);
                if (mod.body().size() != 1 || !(mod.body().get(0) instanceof ExprStmt es)) {
                    throw new SyntaxErrorException("SyntaxError", "invalid syntax", filename, 1, 1, stripped, 1, 1);
                }
                return new PyCode(es.value(), mode, filename, stripped);
            }
            Module mod = PythonParser.parseFile(text, filename);
            if (mode.equals("single") && mod.body().size() > 1) {
                dev.eddy.ast.Pos pos = mod.body().get(0).pos();
                String line = text.lines().findFirst().orElse("");
                throw new SyntaxErrorException("SyntaxError", "multiple statements found while compiling a single statement",
                        filename, pos.line(), pos.col() + 1, line, pos.endLine(), pos.endCol() + 1);
            }
            return new PyCode(mod, mode, filename, text);
        } catch (SyntaxErrorException e) {
            throw syntaxError(e);
        }
    }

    /** The SyntaxError (or IndentationError, TabError) exception for a compile-time error. */
    public static PyException syntaxError(SyntaxErrorException e) {
        if (e.getKind().equals("RecursionError")) {
            // nesting too deep to compile: a plain RecursionError, without a location
            return dev.eddy.runtime.Errors.of(Exceptions.RECURSION_ERROR, e.getMsg());
        }
        dev.eddy.runtime.PyType t = Exceptions.ALL.get(e.getKind());
        if (t == null) {
            t = Exceptions.SYNTAX_ERROR;
        }
        PyObject text = e.getText() == null ? PyNone.NONE : new PyStr(e.getText());
        PyTuple details = new PyTuple(new PyObject[] {new PyStr(e.getFilename()), PyInt.of(e.getLineno()), PyInt.of(e.getOffset()),
            text, PyInt.of(e.getEndLineno()), PyInt.of(e.getEndOffset())});
        PyBaseException ex = new PyBaseException(t, new PyObject[] {new PyStr(e.getMsg()), details});
        ex.storeAttr("msg", new PyStr(e.getMsg()));
        ex.storeAttr("filename", new PyStr(e.getFilename()));
        ex.storeAttr("lineno", PyInt.of(e.getLineno()));
        ex.storeAttr("offset", PyInt.of(e.getOffset()));
        ex.storeAttr("text", text);
        ex.storeAttr("end_lineno", PyInt.of(e.getEndLineno()));
        ex.storeAttr("end_offset", PyInt.of(e.getEndOffset()));
        ex.storeAttr("print_file_and_line", PyNone.NONE);
        return new PyException(ex);
    }

    // ---- eval and exec ----------------------------------------------------------------------

    private PyObject eval(PyObject[] a, String[] kw) {
        PyObject[] p = Args.bind("eval", a, kw, new String[] {"source", "globals", "locals"}, 1);
        return run("eval", p[0], p[1], p[2]);
    }

    private PyObject exec(PyObject[] a, String[] kw) {
        PyObject[] p = Args.bind("exec", a, kw, new String[] {"source", "globals", "locals", "closure"}, 1);
        run("exec", p[0], p[1], p[2]);
        return PyNone.NONE;
    }

    private PyObject run(String fn, PyObject source, PyObject globals, PyObject locals) {
        if (globals == PyNone.NONE) {
            globals = null;
        }
        if (locals == PyNone.NONE) {
            locals = null;
        }
        if (globals != null && !(globals instanceof PyDict)) {
            throw Errors.typeError(fn.equals("eval") ? "globals must be a dict" : "exec() globals must be a dict, not " + globals.type().name);
        }
        if (locals != null && locals.type().lookup("__getitem__") == null) {
            throw Errors.typeError(fn.equals("eval") ? "locals must be a mapping" : "locals must be a mapping or None, not " + locals.type().name);
        }
        dev.eddy.runtime.ThreadState ts = dev.eddy.runtime.ThreadState.current();
        Frame caller = ts.frame;
        PyModule module;
        if (globals == null) {
            if (caller == null) {
                throw Errors.systemError(fn + "(): no globals");
            }
            module = caller.module;
            if (locals == null && !(caller.code.kind == Code.Kind.MODULE && caller.classNamespace == null)) {
                locals = localsOf(caller);
            }
        } else {
            module = PyModule.forGlobals((PyDict) globals);
        }
        if (module.get("__builtins__") == null) {
            module.set("__builtins__", builtins);
        }
        boolean separateLocals = locals != null && !(locals instanceof PyDict d && d.module() == module);
        PyCode pc;
        if (source instanceof PyCode c) {
            pc = c;
            if (c.code != null) {
                throw Errors.notImplemented(fn + "() of a function's code object is not supported by Eddy");
            }
        } else {
            String text = sourceText(source, fn);
            pc = parse(text, "<string>", fn.equals("eval") ? "eval" : "exec");
        }
        Code code = !separateLocals && pc.compiledForGlobals != null ? pc.compiledForGlobals : compileCode(pc, separateLocals);
        Map<String, PyObject> ns = separateLocals ? TypeCreation.namespaceView(locals) : null;
        Frame f = new Frame(code, module, new PyObject[code.slotCount], ns);
        f.back = caller;
        ts.frame = f;
        try {
            int c = code.body.exec(f);
            return c == StmtNode.RETURN ? f.retval : PyNone.NONE;
        } catch (PyException e) {
            e.value.addTraceback(f);
            throw e;
        } finally {
            ts.frame = caller;
        }
    }

    /** Compiles parsed source; compile-time errors become SyntaxError. */
    private Code compileCode(PyCode pc, boolean separateLocals) {
        Code code;
        SourceFile src = new SourceFile(pc.filename, pc.text);
        try {
            if (pc.ast instanceof Expr e) {
                code = Compiler.compileEval(e, src, pc.text, builtins, loader, separateLocals);
            } else {
                String display = null;
                if (pc.mode.equals("single")) {
                    display = "__eddy_displayhook__";
                    if (builtins.get(display) == null) {
                        builtins.set(display, new PyBuiltinFunction("displayhook", (x, k) -> {
                            if (x[0] != PyNone.NONE) {
                                builtins.set("_", x[0]);
                                Print.print(new PyObject[] {x[0].repr()}, null);
                            }
                            return PyNone.NONE;
                        }));
                    }
                }
                code = Compiler.compileExec((Module) pc.ast, src, pc.text, builtins, loader, separateLocals, display);
            }
        } catch (SyntaxErrorException e) {
            throw syntaxError(e);
        }
        return code;
    }
}
