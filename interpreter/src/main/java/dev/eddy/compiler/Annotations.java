package dev.eddy.compiler;

import dev.eddy.ast.Arg;
import dev.eddy.ast.Arguments;
import dev.eddy.ast.Expr;
import dev.eddy.ast.ImportFrom;
import dev.eddy.ast.Pos;
import dev.eddy.ast.Stmt;
import dev.eddy.runtime.SourceFile;

import java.util.ArrayList;
import java.util.List;

/**
 * What annotations compile to: the parameters that carry them, and under
 * {@code from __future__ import annotations} the annotation's source text instead of its value.
 */
final class Annotations {
    private Annotations() {
    }

    /** Parameters in the order CPython lists them in __annotations__. */
    static List<Arg> params(Arguments args) {
        List<Arg> out = new ArrayList<>(args.posonlyargs());
        out.addAll(args.args());
        if (args.vararg() != null) {
            out.add(args.vararg());
        }
        out.addAll(args.kwonlyargs());
        if (args.kwarg() != null) {
            out.add(args.kwarg());
        }
        return out;
    }

    /** True when the module starts with {@code from __future__ import annotations}. */
    static boolean postponed(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof ImportFrom f && "__future__".equals(f.module())) {
                for (var a : f.names()) {
                    if (a.name().equals("annotations")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The annotation's source text, as a postponed annotation stores it. */
    static String sourceText(SourceFile source, Expr e) {
        Pos p = e.pos();
        StringBuilder sb = new StringBuilder();
        for (int line = p.line(); line <= p.endLine(); line++) {
            String text = source.line(line);
            if (text == null) {
                break;
            }
            int from = line == p.line() ? Math.min(p.col(), text.length()) : 0;
            int to = line == p.endLine() ? Math.min(p.endCol(), text.length()) : text.length();
            if (line > p.line()) {
                sb.append(' ');
                text = text.stripLeading();
                int cut = source.line(line).length() - text.length();
                from = 0;
                to = Math.max(0, to - cut);
            }
            sb.append(text, from, Math.max(from, to));
        }
        return sb.toString().strip();
    }
}
