package dev.eddy.compiler;

import dev.eddy.ast.AsyncFor;
import dev.eddy.ast.AsyncFunctionDef;
import dev.eddy.ast.AsyncWith;
import dev.eddy.ast.ClassDef;
import dev.eddy.ast.ExceptHandler;
import dev.eddy.ast.For;
import dev.eddy.ast.FunctionDef;
import dev.eddy.ast.If;
import dev.eddy.ast.Match;
import dev.eddy.ast.MatchCase;
import dev.eddy.ast.Stmt;
import dev.eddy.ast.Try;
import dev.eddy.ast.TryStar;
import dev.eddy.ast.While;
import dev.eddy.ast.With;

import java.util.List;

/**
 * CPython's limit of 20 statically nested blocks in one function (CO_MAXBLOCKS): loops,
 * with items, try bodies and except and finally clauses count, each as CPython's compiler
 * counts them; a function or class body starts again from zero. Past it: "SyntaxError: too
 * many statically nested blocks" at the statement that opens the 21st block.
 */
final class BlockNesting {
    private static final int MAX_BLOCKS = 20;
    private final CompileErrors errors;

    private BlockNesting(CompileErrors errors) {
        this.errors = errors;
    }

    static void check(List<Stmt> body, CompileErrors errors) {
        new BlockNesting(errors).block(body, 0);
    }

    private void block(List<Stmt> body, int depth) {
        for (Stmt s : body) {
            stmt(s, depth);
        }
    }

    private int open(dev.eddy.ast.Node s, int depth, int blocks) {
        if (depth + blocks > MAX_BLOCKS) {
            errors.error("too many statically nested blocks", s.pos());
        }
        return depth + blocks;
    }

    private void stmt(Stmt s, int depth) {
        if (s instanceof FunctionDef f) {
            block(f.body(), 0);
        } else if (s instanceof AsyncFunctionDef f) {
            block(f.body(), 0);
        } else if (s instanceof ClassDef c) {
            block(c.body(), 0);
        } else if (s instanceof If i) {
            block(i.body(), depth);
            block(i.orelse(), depth);
        } else if (s instanceof For f) {
            block(f.body(), open(s, depth, 1));
            block(f.orelse(), depth);
        } else if (s instanceof AsyncFor f) {
            block(f.body(), open(s, depth, 1));
            block(f.orelse(), depth);
        } else if (s instanceof While w) {
            block(w.body(), open(s, depth, 1));
            block(w.orelse(), depth);
        } else if (s instanceof With w) {
            block(w.body(), open(s, depth, w.items().size()));
        } else if (s instanceof AsyncWith w) {
            block(w.body(), open(s, depth, w.items().size()));
        } else if (s instanceof Try t) {
            tryStatement(s, t.body(), t.handlers(), t.orelse(), t.finalbody(), depth);
        } else if (s instanceof TryStar t) {
            tryStatement(s, t.body(), t.handlers(), t.orelse(), t.finalbody(), depth);
        } else if (s instanceof Match m) {
            for (MatchCase c : m.cases()) {
                block(c.body(), depth);
            }
        }
    }

    /** A finally adds a block around everything else; handlers add a block to the body and two to their own. */
    private void tryStatement(Stmt s, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
                              List<Stmt> finalbody, int depth) {
        int inner = finalbody.isEmpty() ? depth : open(s, depth, 1);
        if (handlers.isEmpty()) {
            block(body, inner);
        } else {
            block(body, open(s, inner, 1));
            for (ExceptHandler h : handlers) {
                int d = open(h, inner, 2);
                block(h.body(), d);
            }
            block(orelse, inner);
        }
        if (!finalbody.isEmpty()) {
            block(finalbody, open(s, depth, 1));
        }
    }
}
