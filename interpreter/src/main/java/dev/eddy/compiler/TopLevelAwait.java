package dev.eddy.compiler;

import dev.eddy.ast.Arguments;
import dev.eddy.ast.AsyncFunctionDef;
import dev.eddy.ast.Global;
import dev.eddy.ast.Module;
import dev.eddy.ast.Pos;
import dev.eddy.ast.Stmt;
import dev.eddy.parser.SyntaxErrorException;
import dev.eddy.runtime.Code;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.SourceFile;
import dev.eddy.nodes.Definitions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Top-level {@code await}, {@code async for} and {@code async with}, as the REPL allows them
 * (CPython's {@code PyCF_ALLOW_TOP_LEVEL_AWAIT}): the input becomes the body of a coroutine
 * function named {@code <module>}, in which every name the input binds is declared global, so
 * that running the coroutine reads and writes {@code __main__} exactly as the module-level
 * statements would, and a traceback still says {@code in <module>}. No source can name a
 * function {@code <module>}, so the compiler knows the wrapper by its name: {@code return} and
 * {@code yield} in it stay errors outside a function.
 */
public final class TopLevelAwait {
    /** The name of the coroutine function the input is wrapped in. */
    public static final String FUNCTION_NAME = "<module>";

    /** The errors a top-level await lifts: each says an async construct is outside a function. */
    private static final Set<String> LIFTED = Set.of(
            "'await' outside function",
            "'async for' outside async function",
            "'async with' outside async function",
            "asynchronous comprehension outside of an asynchronous function");

    private TopLevelAwait() {
    }

    /** Whether {@code e} is an error that top-level await would not raise. */
    public static boolean isLiftedBy(SyntaxErrorException e) {
        return "SyntaxError".equals(e.getKind()) && LIFTED.contains(e.getMsg());
    }

    /**
     * Compiles {@code input} as the body of {@code async def <module>()}: the returned module code
     * defines that function in its globals; calling it makes the coroutine to run.
     */
    public static Code compile(Module input, SourceFile source, String text, PyModule builtins,
                               Definitions.ModuleLoader loader) {
        Pos pos = input.body().isEmpty() ? Pos.NONE : input.body().get(0).pos();
        Arguments none = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
        AsyncFunctionDef probe = new AsyncFunctionDef(FUNCTION_NAME, none, input.body(), List.of(), null, pos);
        Map<Object, Scope> scopes = ScopeAnalyzer.analyze(new Module(List.of(probe)), new CompileErrors(source.filename, text));
        Scope body = scopes.get(probe);
        List<String> bound = new ArrayList<>();
        for (String name : body.assigned) {
            if (body.isLocal(name)) {
                bound.add(name);
            }
        }
        List<Stmt> statements = new ArrayList<>();
        if (!bound.isEmpty()) {
            statements.add(new Global(bound, pos));
        }
        statements.addAll(input.body());
        AsyncFunctionDef wrapper = new AsyncFunctionDef(FUNCTION_NAME, none, statements, List.of(), null, pos);
        return Compiler.compileModule(new Module(List.of(wrapper)), source, text, builtins, loader);
    }
}
