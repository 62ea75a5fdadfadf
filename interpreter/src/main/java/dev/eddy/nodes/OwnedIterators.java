package dev.eddy.nodes;

import dev.eddy.runtime.Code;
import dev.eddy.runtime.Frame;
import dev.eddy.runtime.GeneratorFinaliser;
import dev.eddy.runtime.PyFunction;
import dev.eddy.runtime.PyGenerator;
import dev.eddy.runtime.PyMethod;
import dev.eddy.runtime.PyObject;

/**
 * Generators a loop owns: made by the loop's own header (for x in gen(...), for x in
 * (... for ...), async for x in agen(...), a comprehension's first iterable), so the loop
 * holds the only reference.
 * CPython's reference counting closes such a generator the moment the loop lets go of it
 * (break, return, an exception); the loop does the same here, so a try/finally or with
 * around its yield runs at the same point of the program as in CPython.
 *
 * <p>"Made by the header" is decided soundly: the header is a call whose callee is a
 * generator function (or a method bound to one), or a generator expression; such a call
 * creates the generator and returns it without running any code that could keep it.
 * Any such generator is closed, not only one suspended in a try or with: through yield from
 * or a loop of its own it may hold another generator that is.
 */
final class OwnedIterators {
    private OwnedIterators() {
    }

    /** Evaluates a loop header, marking the generator it made as owned by the loop. */
    static PyObject header(ExprNode iter, Frame f) {
        if (iter instanceof Calls.Call c) {
            PyObject fn = c.func.eval(f);
            return own(c.invoke(fn, f), makesGenerator(fn));
        }
        if (iter instanceof Calls.CallMethod c) {
            PyObject self = c.obj.eval(f);
            boolean fresh = makesGenerator(c.directMethod(self));
            return own(c.invoke(self, f), fresh);
        }
        if (iter instanceof Calls.CallGeneral c) {
            PyObject fn = c.func.eval(f);
            return own(c.invoke(fn, f), makesGenerator(fn));
        }
        if (iter instanceof Calls.CallComprehension c) {
            return own(c.eval(f), c.makesGenerator());
        }
        return iter.eval(f);
    }

    private static boolean makesGenerator(PyObject fn) {
        if (fn instanceof PyMethod m) {
            fn = m.func;
        }
        return fn instanceof PyFunction pf && (pf.code.kind == Code.Kind.GENERATOR || pf.code.kind == Code.Kind.ASYNC_GENERATOR);
    }

    /** Marks {@code made} as the caller's alone when {@code fresh} (it was just made by a generator function or expression). */
    static PyObject own(PyObject made, boolean fresh) {
        if (fresh && made instanceof PyGenerator g && !g.isStarted()) {
            g.ownedByLoop = true;
        }
        return made;
    }

    /**
     * The loop lets go of its iterator before the end: if the loop owns it, it is closed as
     * CPython's deallocation closes it (what it raises is reported, and the loop's exit goes
     * on; an async generator's aclose() is scheduled on the event loop).
     */
    static void release(PyObject it) {
        if (it instanceof PyGenerator g && g.ownedByLoop) {
            GeneratorFinaliser.dropped(g);
        }
    }
}
