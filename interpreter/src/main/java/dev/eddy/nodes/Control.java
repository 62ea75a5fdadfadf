package dev.eddy.nodes;

import dev.eddy.runtime.Frame;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyObject;

/**
 * Blocks, if, while and for. Each has a resume slot ({@code rs}, -1 when nothing below it
 * can suspend): on SUSPEND it records where it was, and when the generator re-enters the
 * body it goes straight back there.
 */
public final class Control {
    private Control() {
    }

    /** Marks a loop's resume state as "inside the else clause". */
    static final Object IN_ELSE = new Object();
    /** Marks a while loop's resume state as "inside the body". */
    static final Object IN_BODY = new Object();
    /** Marks a while loop's resume state as "inside the hoisted condition". */
    static final Object IN_TEST = new Object();

    /** Runs a loop's else clause, recording "inside the else clause" if it suspends. */
    static int runElse(Frame f, StmtNode orelse, int rs) {
        if (orelse == null) {
            return StmtNode.NORMAL;
        }
        int c = orelse.exec(f);
        if (c == StmtNode.SUSPEND) {
            f.resume[rs] = IN_ELSE;
        }
        return c;
    }

    /** A statement sequence. */
    public static final class Block extends StmtNode {
        final StmtNode[] body;
        public int rs = -1;

        public Block(StmtNode[] body) {
            this.body = body;
        }

        @Override
        public int exec(Frame f) {
            int i = 0;
            if (rs >= 0) {
                Object s = f.resume[rs];
                if (s != null) {
                    i = (Integer) s;
                    f.resume[rs] = null;
                }
            }
            StmtNode[] b = body;
            for (; i < b.length; i++) {
                int c = b[i].exec(f);
                if (c != NORMAL) {
                    if (c == SUSPEND) {
                        f.resume[rs] = i;
                    }
                    return c;
                }
            }
            return NORMAL;
        }
    }

    /** if test: body else: orelse */
    public static final class If extends StmtNode {
        final ExprNode test;
        final StmtNode body;
        final StmtNode orelse;
        public int rs = -1;

        public If(ExprNode test, StmtNode body, StmtNode orelse) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public int exec(Frame f) {
            boolean branch;
            Object s = rs >= 0 ? f.resume[rs] : null;
            if (s != null) {
                f.resume[rs] = null;
                branch = (Boolean) s;
            } else {
                f.line = line;
                branch = test.isTrue(f);
            }
            StmtNode n = branch ? body : orelse;
            if (n == null) {
                return NORMAL;
            }
            int c = n.exec(f);
            if (c == SUSPEND) {
                f.resume[rs] = branch;
            }
            return c;
        }
    }

    /** while test: body else: orelse. {@code preTest} holds statements hoisted out of a suspending test. */
    public static final class While extends StmtNode {
        final StmtNode preTest;
        final ExprNode test;
        final StmtNode body;
        final StmtNode orelse;
        public int rs = -1;

        public While(StmtNode preTest, ExprNode test, StmtNode body, StmtNode orelse) {
            this.preTest = preTest;
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public int exec(Frame f) {
            Object s = rs >= 0 ? f.resume[rs] : null;
            if (s != null) {
                f.resume[rs] = null;
                if (s == IN_ELSE) {
                    return runElse(f);
                }
                if (s == IN_BODY) {
                    int c = body.exec(f);
                    if (c == SUSPEND) {
                        f.resume[rs] = IN_BODY;
                        return c;
                    }
                    if (c == BREAK) {
                        return NORMAL;
                    }
                    if (c == RETURN) {
                        return c;
                    }
                }
                // IN_TEST falls into the loop, which resumes preTest
            }
            // signals and thread switches are looked at on every back-edge: a volatile read
            dev.eddy.runtime.InterpreterState interp = dev.eddy.runtime.ThreadState.current().interp;
            while (true) {
                if (interp.pending) {
                    f.line = line; // a KeyboardInterrupt here points at the loop, as CPython's back-edge does
                    interp.handlePending();
                }
                if (preTest != null) {
                    int c = preTest.exec(f);
                    if (c == SUSPEND) {
                        f.resume[rs] = IN_TEST;
                        return c;
                    }
                }
                f.line = line;
                if (!test.isTrue(f)) {
                    break;
                }
                int c = body.exec(f);
                if (c != NORMAL) {
                    if (c == BREAK) {
                        return NORMAL;
                    }
                    if (c == CONTINUE) {
                        continue;
                    }
                    if (c == SUSPEND) {
                        f.resume[rs] = IN_BODY;
                    }
                    return c;
                }
            }
            return runElse(f);
        }

        private int runElse(Frame f) {
            return Control.runElse(f, orelse, rs);
        }
    }

    /** for target in iter: body else: orelse. While suspended, the iterator sits in the resume slot. */
    public static final class For extends StmtNode {
        final Target target;
        final ExprNode iter;
        final StmtNode body;
        final StmtNode orelse;
        public int rs = -1;

        public For(Target target, ExprNode iter, StmtNode body, StmtNode orelse) {
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public int exec(Frame f) {
            PyObject it;
            Object s = rs >= 0 ? f.resume[rs] : null;
            if (s != null) {
                f.resume[rs] = null;
                if (s == IN_ELSE) {
                    return runElse(f);
                }
                it = (PyObject) s;
                int c;
                try {
                    c = body.exec(f);
                } catch (PyException e) {
                    OwnedIterators.release(it);
                    throw e;
                }
                if (c != NORMAL && c != CONTINUE) {
                    if (c == SUSPEND) {
                        f.resume[rs] = it;
                        return c;
                    }
                    OwnedIterators.release(it);
                    return c == BREAK ? NORMAL : c;
                }
            } else {
                f.line = line;
                it = OwnedIterators.header(iter, f).iter();
            }
            try {
                return loop(f, it);
            } catch (PyException e) {
                OwnedIterators.release(it);
                throw e;
            }
        }

        private int loop(Frame f, PyObject it) {
            Target t = target;
            StmtNode b = body;
            dev.eddy.runtime.InterpreterState interp = dev.eddy.runtime.ThreadState.current().interp;
            for (PyObject x = it.next(); x != null; x = it.next()) {
                if (interp.pending) {
                    f.line = line;
                    interp.handlePending();
                }
                t.assign(f, x);
                int c = b.exec(f);
                if (c != NORMAL) {
                    if (c == CONTINUE) {
                        continue;
                    }
                    if (c == SUSPEND) {
                        f.resume[rs] = it;
                        return c;
                    }
                    OwnedIterators.release(it);
                    return c == BREAK ? NORMAL : c;
                }
            }
            return runElse(f);
        }

        private int runElse(Frame f) {
            return Control.runElse(f, orelse, rs);
        }
    }
}
