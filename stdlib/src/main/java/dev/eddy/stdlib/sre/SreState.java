package dev.eddy.stdlib.sre;

import static dev.eddy.stdlib.sre.SreOpcodes.*;

import dev.eddy.runtime.Errors;

import java.util.Arrays;

/**
 * One matching run of a compiled pattern over a subject: the engine. It interprets the opcode
 * list made by {@code re._compiler} with the semantics of CPython's {@code sre_lib.h}. Backtracking
 * points live on an explicit stack of {@link Ctx} frames and an int stack for saved marks, so a
 * long subject never deepens the Java stack.
 */
final class SreState {
    /** A repeat in progress (REPEAT ... MAX_UNTIL/MIN_UNTIL). */
    static final class Repeat {
        int count;
        /** Index of the REPEAT's skip word: min at +1, max at +2, the item at +3. */
        final int pc;
        int lastPtr;
        final Repeat prev;

        Repeat(int pc, Repeat prev) {
            this.count = -1;
            this.pc = pc;
            this.lastPtr = -1;
            this.prev = prev;
        }
    }

    /** A suspended matching context: where to go on when the child it started returns. */
    static final class Ctx {
        int count;
        int chr;
        Repeat rep;
        int lastmark;
        int lastindex;
        int pc;
        int ptr;
        boolean toplevel;
        int jump;
    }

    // Continuation labels: after a child returns (J_*), and loop heads entered by opcodes (L_*).
    private static final int J_NONE = 0;
    private static final int J_MAX_UNTIL_1 = 1;
    private static final int J_MAX_UNTIL_2 = 2;
    private static final int J_MAX_UNTIL_3 = 3;
    private static final int J_MIN_UNTIL_1 = 4;
    private static final int J_MIN_UNTIL_2 = 5;
    private static final int J_MIN_UNTIL_3 = 6;
    private static final int J_REPEAT = 7;
    private static final int J_REPEAT_ONE_1 = 8;
    private static final int J_REPEAT_ONE_2 = 9;
    private static final int J_MIN_REPEAT_ONE = 10;
    private static final int J_BRANCH = 11;
    private static final int J_ASSERT = 12;
    private static final int J_ASSERT_NOT = 13;
    private static final int J_POSS_REPEAT_1 = 14;
    private static final int J_POSS_REPEAT_2 = 15;
    private static final int J_ATOMIC_GROUP = 16;
    private static final int L_BRANCH = 17;
    private static final int L_REPEAT_ONE_1 = 18;
    private static final int L_REPEAT_ONE_2 = 19;
    private static final int L_MIN_REPEAT_ONE = 20;
    private static final int L_MAX_UNTIL_TAIL = 21;
    private static final int L_POSS_REPEAT_1 = 22;
    private static final int L_POSS_REPEAT_2 = 23;

    // Where the main loop goes next, besides the continuation labels above.
    private static final int ENTER = -1;
    private static final int DISPATCH = -2;
    private static final int RETURN = -3;

    private static final int NULL_PTR = Integer.MIN_VALUE;

    final int[] code;
    final int[] text;
    /** The slice being searched: [pos, endpos) of the subject. */
    final int pos;
    final int endpos;
    final int end;
    int start;
    int ptr;
    int[] marks;
    int lastmark = -1;
    int lastindex = -1;
    Repeat repeat;
    boolean matchAll;
    boolean mustAdvance;

    private Ctx[] ctxStack = new Ctx[4];
    private int ctxTop;
    private int[] data = new int[16];
    private int dataTop;

    SreState(int[] code, int[] text, int pos, int endpos, int groups) {
        this.code = code;
        this.text = text;
        int length = text.length;
        pos = Math.max(0, Math.min(pos, length));
        endpos = Math.max(0, Math.min(endpos, length));
        this.pos = pos;
        this.endpos = endpos;
        this.end = endpos;
        this.start = pos;
        this.ptr = pos;
        this.marks = new int[groups * 2];
    }

    /** Forgets the marks of an earlier attempt. */
    void reset() {
        lastmark = -1;
        lastindex = -1;
        repeat = null;
    }

    // ---- the data stack (saved marks and repeat positions) ---------------------------

    private void dataPush(int v) {
        if (dataTop == data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        data[dataTop++] = v;
    }

    private int dataPop() {
        return data[--dataTop];
    }

    private void markPush(int lm) {
        if (lm >= 0) {
            int n = lm + 1;
            if (dataTop + n > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, dataTop + n));
            }
            System.arraycopy(marks, 0, data, dataTop, n);
            dataTop += n;
        }
    }

    private void markPop(int lm) {
        if (lm >= 0) {
            int n = lm + 1;
            dataTop -= n;
            System.arraycopy(data, dataTop, marks, 0, n);
        }
    }

    private void markPopKeep(int lm) {
        if (lm >= 0) {
            int n = lm + 1;
            System.arraycopy(data, dataTop - n, marks, 0, n);
        }
    }

    private void markPopDiscard(int lm) {
        if (lm >= 0) {
            dataTop -= lm + 1;
        }
    }

    private Ctx pushCtx(int jump, boolean toplevel) {
        if (ctxTop == ctxStack.length) {
            ctxStack = Arrays.copyOf(ctxStack, ctxTop * 2);
        }
        Ctx c = ctxStack[ctxTop];
        if (c == null) {
            c = ctxStack[ctxTop] = new Ctx();
        }
        ctxTop++;
        c.jump = jump;
        c.toplevel = toplevel;
        c.rep = null;
        return c;
    }

    private void setMark(int i, int at) {
        if ((i & 1) != 0) {
            lastindex = i / 2 + 1;
        }
        if (i > lastmark) {
            if (i >= marks.length) {
                marks = Arrays.copyOf(marks, Math.max(i + 1, marks.length * 2));
            }
            for (int j = lastmark + 1; j < i; j++) {
                marks[j] = -1;
            }
            lastmark = i;
        }
        marks[i] = at;
    }

    // ---- single-character tests ------------------------------------------------------

    private boolean at(int ptr, int at) {
        switch (at) {
            case AT_BEGINNING:
            case AT_BEGINNING_STRING:
                return ptr == 0;
            case AT_BEGINNING_LINE:
                return ptr == 0 || SreChars.isLinebreak(text[ptr - 1]);
            case AT_END:
                return (end - ptr == 1 && SreChars.isLinebreak(text[ptr])) || ptr == end;
            case AT_END_LINE:
                return ptr == end || SreChars.isLinebreak(text[ptr]);
            case AT_END_STRING:
                return ptr == end;
            case AT_BOUNDARY:
            case AT_NON_BOUNDARY:
            case AT_LOC_BOUNDARY:
            case AT_LOC_NON_BOUNDARY:
            case AT_UNI_BOUNDARY:
            case AT_UNI_NON_BOUNDARY: {
                if (end == 0) {
                    return false;
                }
                boolean uni = at == AT_UNI_BOUNDARY || at == AT_UNI_NON_BOUNDARY;
                boolean that = ptr > 0 && (uni ? SreChars.isUniWord(text[ptr - 1]) : SreChars.isAsciiWord(text[ptr - 1]));
                boolean here = ptr < end && (uni ? SreChars.isUniWord(text[ptr]) : SreChars.isAsciiWord(text[ptr]));
                boolean boundary = at == AT_BOUNDARY || at == AT_LOC_BOUNDARY || at == AT_UNI_BOUNDARY;
                return boundary ? here != that : here == that;
            }
            default:
                return false;
        }
    }

    /** Whether ch is in the set starting at code[set] (ended by FAILURE). */
    static boolean charset(int[] code, int set, int ch) {
        boolean ok = true;
        for (;;) {
            switch (code[set++]) {
                case FAILURE:
                    return !ok;
                case LITERAL:
                    if (ch == code[set]) {
                        return ok;
                    }
                    set++;
                    break;
                case CATEGORY:
                    if (SreChars.category(code[set], ch)) {
                        return ok;
                    }
                    set++;
                    break;
                case CHARSET:
                    if (ch < 256 && (code[set + (ch >>> 5)] & (1 << (ch & 31))) != 0) {
                        return ok;
                    }
                    set += 8;
                    break;
                case RANGE:
                    if (code[set] <= ch && ch <= code[set + 1]) {
                        return ok;
                    }
                    set += 2;
                    break;
                case RANGE_UNI_IGNORE: {
                    if (code[set] <= ch && ch <= code[set + 1]) {
                        return ok;
                    }
                    int uch = SreChars.upperUnicode(ch);
                    if (code[set] <= uch && uch <= code[set + 1]) {
                        return ok;
                    }
                    set += 2;
                    break;
                }
                case NEGATE:
                    ok = !ok;
                    break;
                case BIGCHARSET: {
                    int count = code[set++];
                    int block = -1;
                    if (ch < 0x10000) {
                        int hi = ch >>> 8;
                        block = (code[set + (hi >>> 2)] >>> ((hi & 3) * 8)) & 0xff;
                    }
                    set += 64;
                    if (block >= 0) {
                        int bit = block * 256 + (ch & 255);
                        if ((code[set + (bit >>> 5)] & (1 << (ch & 31))) != 0) {
                            return ok;
                        }
                    }
                    set += count * 8;
                    break;
                }
                default:
                    return false;
            }
        }
    }

    private boolean charsetLocIgnore(int set, int ch) {
        int lo = SreChars.lowerLocale(ch);
        if (charset(code, set, lo)) {
            return true;
        }
        int up = SreChars.upperLocale(ch);
        return up != lo && charset(code, set, up);
    }

    /** How many times the single-character item at pc matches from {@link #ptr}, at most maxcount. */
    private int count(int pc, long maxcount) {
        int p = ptr;
        int e = end;
        if (maxcount < e - p && maxcount != u(MAXREPEAT)) {
            e = (int) (p + maxcount);
        }
        int[] t = text;
        switch (code[pc]) {
            case IN:
                while (p < e && charset(code, pc + 2, t[p])) {
                    p++;
                }
                break;
            case ANY:
                while (p < e && !SreChars.isLinebreak(t[p])) {
                    p++;
                }
                break;
            case ANY_ALL:
                p = e;
                break;
            case LITERAL: {
                int c = code[pc + 1];
                while (p < e && t[p] == c) {
                    p++;
                }
                break;
            }
            case LITERAL_IGNORE: {
                int c = code[pc + 1];
                while (p < e && SreChars.lowerAscii(t[p]) == c) {
                    p++;
                }
                break;
            }
            case LITERAL_UNI_IGNORE: {
                int c = code[pc + 1];
                while (p < e && SreChars.lowerUnicode(t[p]) == c) {
                    p++;
                }
                break;
            }
            case LITERAL_LOC_IGNORE: {
                int c = code[pc + 1];
                while (p < e && SreChars.charLocIgnore(c, t[p])) {
                    p++;
                }
                break;
            }
            case NOT_LITERAL: {
                int c = code[pc + 1];
                while (p < e && t[p] != c) {
                    p++;
                }
                break;
            }
            case NOT_LITERAL_IGNORE: {
                int c = code[pc + 1];
                while (p < e && SreChars.lowerAscii(t[p]) != c) {
                    p++;
                }
                break;
            }
            case NOT_LITERAL_UNI_IGNORE: {
                int c = code[pc + 1];
                while (p < e && SreChars.lowerUnicode(t[p]) != c) {
                    p++;
                }
                break;
            }
            case NOT_LITERAL_LOC_IGNORE: {
                int c = code[pc + 1];
                while (p < e && !SreChars.charLocIgnore(c, t[p])) {
                    p++;
                }
                break;
            }
            default: {
                // a general single-character item: run it as a subpattern, one character at a time
                int from = ptr;
                while (ptr < e) {
                    if (!match(pc, false)) {
                        break;
                    }
                }
                int n = ptr - from;
                ptr = from;
                return n;
            }
        }
        return p - ptr;
    }

    // ---- the matcher ---------------------------------------------------------------------

    /** Matches the code at pc against the subject at {@link #ptr}; on success {@link #ptr} is the end of the match. */
    boolean match(int startPc, boolean startToplevel) {
        final int[] code = this.code;
        final int[] text = this.text;
        final int end = this.end;
        final int base = ctxTop;
        Ctx ctx = pushCtx(J_NONE, startToplevel);
        int pc = startPc;
        int ptr = 0;
        boolean ret = false;
        int label = ENTER;

        for (;;) {
            if (label == ENTER) {
                ptr = this.ptr;
                label = DISPATCH;
                if (code[pc] == INFO) {
                    long min = u(code[pc + 3]);
                    if (min != 0 && end - ptr < min) {
                        ret = false;
                        label = RETURN;
                    } else {
                        pc += code[pc + 1] + 1;
                    }
                }
            }
            if (label == DISPATCH) {
                dispatch:
                for (;;) {
                    switch (code[pc++]) {
                        case MARK:
                            setMark(code[pc], ptr);
                            pc++;
                            continue;
                        case LITERAL:
                            if (ptr >= end || text[ptr] != code[pc]) {
                                ret = false;
                                break dispatch;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case NOT_LITERAL:
                            if (ptr >= end || text[ptr] == code[pc]) {
                                ret = false;
                                break dispatch;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case SUCCESS:
                            if (ctx.toplevel && ((matchAll && ptr != end) || (mustAdvance && ptr == start))) {
                                ret = false;
                                break dispatch;
                            }
                            this.ptr = ptr;
                            ret = true;
                            break dispatch;
                        case AT:
                            if (!at(ptr, code[pc])) {
                                ret = false;
                                break dispatch;
                            }
                            pc++;
                            continue;
                        case CATEGORY:
                            if (ptr >= end || !SreChars.category(code[pc], text[ptr])) {
                                ret = false;
                                break dispatch;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case ANY:
                            if (ptr >= end || SreChars.isLinebreak(text[ptr])) {
                                ret = false;
                                break dispatch;
                            }
                            ptr++;
                            continue;
                        case ANY_ALL:
                            if (ptr >= end) {
                                ret = false;
                                break dispatch;
                            }
                            ptr++;
                            continue;
                        case IN:
                            if (ptr >= end || !charset(code, pc + 1, text[ptr])) {
                                ret = false;
                                break dispatch;
                            }
                            pc += code[pc];
                            ptr++;
                            continue;
                        case LITERAL_IGNORE:
                            if (ptr >= end || SreChars.lowerAscii(text[ptr]) != code[pc]) {
                                ret = false;
                                break dispatch;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case LITERAL_UNI_IGNORE:
                            if (ptr >= end || SreChars.lowerUnicode(text[ptr]) != code[pc]) {
                                ret = false;
                                break dispatch;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case LITERAL_LOC_IGNORE:
                            if (ptr >= end || !SreChars.charLocIgnore(code[pc], text[ptr])) {
                                ret = false;
                                break dispatch;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case NOT_LITERAL_IGNORE:
                            if (ptr >= end || SreChars.lowerAscii(text[ptr]) == code[pc]) {
                                ret = false;
                                break dispatch;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case NOT_LITERAL_UNI_IGNORE:
                            if (ptr >= end || SreChars.lowerUnicode(text[ptr]) == code[pc]) {
                                ret = false;
                                break dispatch;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case NOT_LITERAL_LOC_IGNORE:
                            if (ptr >= end || SreChars.charLocIgnore(code[pc], text[ptr])) {
                                ret = false;
                                break dispatch;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case IN_IGNORE:
                            if (ptr >= end || !charset(code, pc + 1, SreChars.lowerAscii(text[ptr]))) {
                                ret = false;
                                break dispatch;
                            }
                            pc += code[pc];
                            ptr++;
                            continue;
                        case IN_UNI_IGNORE:
                            if (ptr >= end || !charset(code, pc + 1, SreChars.lowerUnicode(text[ptr]))) {
                                ret = false;
                                break dispatch;
                            }
                            pc += code[pc];
                            ptr++;
                            continue;
                        case IN_LOC_IGNORE:
                            if (ptr >= end || !charsetLocIgnore(pc + 1, text[ptr])) {
                                ret = false;
                                break dispatch;
                            }
                            pc += code[pc];
                            ptr++;
                            continue;
                        case JUMP:
                        case INFO:
                            pc += code[pc];
                            continue;
                        case BRANCH:
                            ctx.lastmark = lastmark;
                            ctx.lastindex = lastindex;
                            if (repeat != null) {
                                markPush(ctx.lastmark);
                            }
                            label = L_BRANCH;
                            break dispatch;
                        case REPEAT_ONE: {
                            long min = u(code[pc + 1]);
                            if (min > end - ptr) {
                                ret = false;
                                break dispatch;
                            }
                            this.ptr = ptr;
                            int n = count(pc + 3, u(code[pc + 2]));
                            ctx.count = n;
                            ptr += n;
                            if (n < min) {
                                ret = false;
                                break dispatch;
                            }
                            int next = pc + code[pc];
                            if (code[next] == SUCCESS && ptr == end && !(ctx.toplevel && mustAdvance && ptr == start)) {
                                this.ptr = ptr;
                                ret = true;
                                break dispatch;
                            }
                            ctx.lastmark = lastmark;
                            ctx.lastindex = lastindex;
                            if (repeat != null) {
                                markPush(ctx.lastmark);
                            }
                            if (code[next] == LITERAL) {
                                ctx.chr = code[next + 1];
                                label = L_REPEAT_ONE_1;
                            } else {
                                label = L_REPEAT_ONE_2;
                            }
                            break dispatch;
                        }
                        case MIN_REPEAT_ONE: {
                            long min = u(code[pc + 1]);
                            if (min > end - ptr) {
                                ret = false;
                                break dispatch;
                            }
                            this.ptr = ptr;
                            if (min == 0) {
                                ctx.count = 0;
                            } else {
                                int n = count(pc + 3, min);
                                if (n < min) {
                                    ret = false;
                                    break dispatch;
                                }
                                ctx.count = n;
                                ptr += n;
                            }
                            if (code[pc + code[pc]] == SUCCESS
                                    && !(ctx.toplevel && ((matchAll && ptr != end) || (mustAdvance && ptr == start)))) {
                                this.ptr = ptr;
                                ret = true;
                                break dispatch;
                            }
                            ctx.lastmark = lastmark;
                            ctx.lastindex = lastindex;
                            if (repeat != null) {
                                markPush(ctx.lastmark);
                            }
                            label = L_MIN_REPEAT_ONE;
                            break dispatch;
                        }
                        case POSSESSIVE_REPEAT_ONE: {
                            long min = u(code[pc + 1]);
                            if (min > end - ptr) {
                                ret = false;
                                break dispatch;
                            }
                            this.ptr = ptr;
                            int n = count(pc + 3, u(code[pc + 2]));
                            ptr += n;
                            if (n < min) {
                                ret = false;
                                break dispatch;
                            }
                            pc += code[pc];
                            if (code[pc] == SUCCESS && ptr == end && !(ctx.toplevel && mustAdvance && ptr == start)) {
                                this.ptr = ptr;
                                ret = true;
                                break dispatch;
                            }
                            continue;
                        }
                        case REPEAT: {
                            Repeat rep = new Repeat(pc, repeat);
                            ctx.rep = rep;
                            repeat = rep;
                            this.ptr = ptr;
                            ctx.pc = pc;
                            ctx.ptr = ptr;
                            ctx = pushCtx(J_REPEAT, ctx.toplevel);
                            pc = pc + code[pc];
                            label = ENTER;
                            break dispatch;
                        }
                        case MAX_UNTIL: {
                            Repeat rep = repeat;
                            if (rep == null) {
                                throw Errors.runtimeError("internal error in regular expression engine");
                            }
                            ctx.rep = rep;
                            this.ptr = ptr;
                            int n = rep.count + 1;
                            ctx.count = n;
                            if (n < u(code[rep.pc + 1])) {
                                rep.count = n;
                                ctx.pc = pc;
                                ctx.ptr = ptr;
                                ctx = pushCtx(J_MAX_UNTIL_1, ctx.toplevel);
                                pc = rep.pc + 3;
                                label = ENTER;
                                break dispatch;
                            }
                            long max = u(code[rep.pc + 2]);
                            if ((n < max || max == u(MAXREPEAT)) && this.ptr != rep.lastPtr) {
                                rep.count = n;
                                ctx.lastmark = lastmark;
                                ctx.lastindex = lastindex;
                                markPush(ctx.lastmark);
                                dataPush(rep.lastPtr);
                                rep.lastPtr = this.ptr;
                                ctx.pc = pc;
                                ctx.ptr = ptr;
                                ctx = pushCtx(J_MAX_UNTIL_2, ctx.toplevel);
                                pc = rep.pc + 3;
                                label = ENTER;
                                break dispatch;
                            }
                            label = L_MAX_UNTIL_TAIL;
                            break dispatch;
                        }
                        case MIN_UNTIL: {
                            Repeat rep = repeat;
                            if (rep == null) {
                                throw Errors.runtimeError("internal error in regular expression engine");
                            }
                            ctx.rep = rep;
                            this.ptr = ptr;
                            int n = rep.count + 1;
                            ctx.count = n;
                            if (n < u(code[rep.pc + 1])) {
                                rep.count = n;
                                ctx.pc = pc;
                                ctx.ptr = ptr;
                                ctx = pushCtx(J_MIN_UNTIL_1, ctx.toplevel);
                                pc = rep.pc + 3;
                                label = ENTER;
                                break dispatch;
                            }
                            repeat = rep.prev;
                            ctx.lastmark = lastmark;
                            ctx.lastindex = lastindex;
                            if (repeat != null) {
                                markPush(ctx.lastmark);
                            }
                            ctx.pc = pc;
                            ctx.ptr = ptr;
                            ctx = pushCtx(J_MIN_UNTIL_2, ctx.toplevel);
                            label = ENTER;
                            break dispatch;
                        }
                        case POSSESSIVE_REPEAT:
                            this.ptr = ptr;
                            ctx.count = 0;
                            label = L_POSS_REPEAT_1;
                            break dispatch;
                        case ATOMIC_GROUP:
                            this.ptr = ptr;
                            ctx.pc = pc;
                            ctx.ptr = ptr;
                            ctx = pushCtx(J_ATOMIC_GROUP, false);
                            pc = pc + 1;
                            label = ENTER;
                            break dispatch;
                        case GROUPREF:
                        case GROUPREF_IGNORE:
                        case GROUPREF_UNI_IGNORE:
                        case GROUPREF_LOC_IGNORE: {
                            int np = groupref(code[pc - 1], code[pc], ptr);
                            if (np < 0) {
                                ret = false;
                                break dispatch;
                            }
                            ptr = np;
                            pc++;
                            continue;
                        }
                        case GROUPREF_EXISTS: {
                            int g = code[pc] * 2;
                            if (g >= lastmark || marks[g] < 0 || marks[g + 1] < 0 || marks[g + 1] < marks[g]) {
                                pc += code[pc + 1];
                            } else {
                                pc += 2;
                            }
                            continue;
                        }
                        case ASSERT: {
                            int back = code[pc + 1];
                            if (ptr < back) {
                                ret = false;
                                break dispatch;
                            }
                            this.ptr = ptr - back;
                            ctx.pc = pc;
                            ctx.ptr = ptr;
                            ctx = pushCtx(J_ASSERT, false);
                            pc = pc + 2;
                            label = ENTER;
                            break dispatch;
                        }
                        case ASSERT_NOT: {
                            int back = code[pc + 1];
                            if (ptr >= back) {
                                this.ptr = ptr - back;
                                ctx.lastmark = lastmark;
                                ctx.lastindex = lastindex;
                                if (repeat != null) {
                                    markPush(ctx.lastmark);
                                }
                                ctx.pc = pc;
                                ctx.ptr = ptr;
                                ctx = pushCtx(J_ASSERT_NOT, false);
                                pc = pc + 2;
                                label = ENTER;
                                break dispatch;
                            }
                            pc += code[pc];
                            continue;
                        }
                        case FAILURE:
                            ret = false;
                            break dispatch;
                        default:
                            throw Errors.runtimeError("internal error in regular expression engine");
                    }
                }
                if (label == DISPATCH) {
                    label = RETURN;
                } else {
                    continue; // enter a child or run a loop head
                }
            }

            if (label == RETURN) {
                // the current context returns ret to its parent
                int jump = ctx.jump;
                ctxTop--;
                if (ctxTop == base) {
                    return ret;
                }
                ctx = ctxStack[ctxTop - 1];
                pc = ctx.pc;
                ptr = ctx.ptr;
                label = jump;
            }

            // continuations: each sets label to ENTER (a child), DISPATCH, RETURN or a loop head
            switch (label) {
                case J_BRANCH:
                    if (ret) {
                        if (repeat != null) {
                            markPopDiscard(ctx.lastmark);
                        }
                        label = RETURN;
                        break;
                    }
                    if (repeat != null) {
                        markPopKeep(ctx.lastmark);
                    }
                    lastmark = ctx.lastmark;
                    lastindex = ctx.lastindex;
                    pc += code[pc];
                    label = L_BRANCH;
                    break;
                case L_BRANCH: {
                    // pc is at an alternative's skip word
                    label = RETURN;
                    for (; code[pc] != 0; pc += code[pc]) {
                        int op = code[pc + 1];
                        if (op == LITERAL && (ptr >= end || text[ptr] != code[pc + 2])) {
                            continue;
                        }
                        if (op == IN && (ptr >= end || !charset(code, pc + 3, text[ptr]))) {
                            continue;
                        }
                        this.ptr = ptr;
                        ctx.pc = pc;
                        ctx.ptr = ptr;
                        ctx = pushCtx(J_BRANCH, ctx.toplevel);
                        pc = pc + 1;
                        label = ENTER;
                        break;
                    }
                    if (label == RETURN) {
                        if (repeat != null) {
                            markPopDiscard(ctx.lastmark);
                        }
                        ret = false;
                    }
                    break;
                }
                case J_REPEAT_ONE_1:
                case J_REPEAT_ONE_2:
                    if (ret) {
                        if (repeat != null) {
                            markPopDiscard(ctx.lastmark);
                        }
                        label = RETURN;
                        break;
                    }
                    if (repeat != null) {
                        markPopKeep(ctx.lastmark);
                    }
                    lastmark = ctx.lastmark;
                    lastindex = ctx.lastindex;
                    ptr--;
                    ctx.count--;
                    label = label == J_REPEAT_ONE_1 ? L_REPEAT_ONE_1 : L_REPEAT_ONE_2;
                    break;
                case L_REPEAT_ONE_1: {
                    long min = u(code[pc + 1]);
                    int chr = ctx.chr;
                    while (ctx.count >= min && (ptr >= end || text[ptr] != chr)) {
                        ptr--;
                        ctx.count--;
                    }
                    if (ctx.count < min) {
                        if (repeat != null) {
                            markPopDiscard(ctx.lastmark);
                        }
                        ret = false;
                        label = RETURN;
                        break;
                    }
                    this.ptr = ptr;
                    ctx.pc = pc;
                    ctx.ptr = ptr;
                    ctx = pushCtx(J_REPEAT_ONE_1, ctx.toplevel);
                    pc = pc + code[pc];
                    label = ENTER;
                    break;
                }
                case L_REPEAT_ONE_2:
                    if (ctx.count < u(code[pc + 1])) {
                        if (repeat != null) {
                            markPopDiscard(ctx.lastmark);
                        }
                        ret = false;
                        label = RETURN;
                        break;
                    }
                    this.ptr = ptr;
                    ctx.pc = pc;
                    ctx.ptr = ptr;
                    ctx = pushCtx(J_REPEAT_ONE_2, ctx.toplevel);
                    pc = pc + code[pc];
                    label = ENTER;
                    break;
                case J_MIN_REPEAT_ONE: {
                    if (ret) {
                        if (repeat != null) {
                            markPopDiscard(ctx.lastmark);
                        }
                        label = RETURN;
                        break;
                    }
                    if (repeat != null) {
                        markPopKeep(ctx.lastmark);
                    }
                    lastmark = ctx.lastmark;
                    lastindex = ctx.lastindex;
                    this.ptr = ptr;
                    if (count(pc + 3, 1) == 0) {
                        if (repeat != null) {
                            markPopDiscard(ctx.lastmark);
                        }
                        ret = false;
                        label = RETURN;
                        break;
                    }
                    ptr++;
                    ctx.count++;
                    label = L_MIN_REPEAT_ONE;
                    break;
                }
                case L_MIN_REPEAT_ONE: {
                    long max = u(code[pc + 2]);
                    if (max == u(MAXREPEAT) || ctx.count <= max) {
                        this.ptr = ptr;
                        ctx.pc = pc;
                        ctx.ptr = ptr;
                        ctx = pushCtx(J_MIN_REPEAT_ONE, ctx.toplevel);
                        pc = pc + code[pc];
                        label = ENTER;
                    } else {
                        if (repeat != null) {
                            markPopDiscard(ctx.lastmark);
                        }
                        ret = false;
                        label = RETURN;
                    }
                    break;
                }
                case J_REPEAT:
                    repeat = ctx.rep.prev;
                    label = RETURN;
                    break;
                case J_MAX_UNTIL_1:
                case J_MIN_UNTIL_1:
                    if (!ret) {
                        ctx.rep.count = ctx.count - 1;
                        this.ptr = ptr;
                    }
                    label = RETURN;
                    break;
                case J_MAX_UNTIL_2: {
                    Repeat rep = ctx.rep;
                    rep.lastPtr = dataPop();
                    if (ret) {
                        markPopDiscard(ctx.lastmark);
                        label = RETURN;
                        break;
                    }
                    markPop(ctx.lastmark);
                    lastmark = ctx.lastmark;
                    lastindex = ctx.lastindex;
                    rep.count = ctx.count - 1;
                    this.ptr = ptr;
                    label = L_MAX_UNTIL_TAIL;
                    break;
                }
                case L_MAX_UNTIL_TAIL:
                    repeat = ctx.rep.prev;
                    ctx.pc = pc;
                    ctx.ptr = ptr;
                    ctx = pushCtx(J_MAX_UNTIL_3, ctx.toplevel);
                    label = ENTER;
                    break;
                case J_MAX_UNTIL_3:
                    repeat = ctx.rep;
                    if (!ret) {
                        this.ptr = ptr;
                    }
                    label = RETURN;
                    break;
                case J_MIN_UNTIL_2: {
                    Repeat rep = ctx.rep;
                    Repeat repeatOfTail = repeat;
                    repeat = rep;
                    label = RETURN;
                    if (ret) {
                        if (repeatOfTail != null) {
                            markPopDiscard(ctx.lastmark);
                        }
                        break;
                    }
                    if (repeatOfTail != null) {
                        markPop(ctx.lastmark);
                    }
                    lastmark = ctx.lastmark;
                    lastindex = ctx.lastindex;
                    this.ptr = ptr;
                    long max = u(code[rep.pc + 2]);
                    if ((ctx.count >= max && max != u(MAXREPEAT)) || this.ptr == rep.lastPtr) {
                        ret = false;
                        break;
                    }
                    rep.count = ctx.count;
                    dataPush(rep.lastPtr);
                    rep.lastPtr = this.ptr;
                    ctx.pc = pc;
                    ctx.ptr = ptr;
                    ctx = pushCtx(J_MIN_UNTIL_3, ctx.toplevel);
                    pc = rep.pc + 3;
                    label = ENTER;
                    break;
                }
                case J_MIN_UNTIL_3: {
                    Repeat rep = ctx.rep;
                    rep.lastPtr = dataPop();
                    if (!ret) {
                        rep.count = ctx.count - 1;
                        this.ptr = ptr;
                    }
                    label = RETURN;
                    break;
                }
                case L_POSS_REPEAT_1:
                    if (ctx.count < u(code[pc + 1])) {
                        ctx.pc = pc;
                        ctx.ptr = ptr;
                        ctx = pushCtx(J_POSS_REPEAT_1, false);
                        pc = pc + 3;
                        label = ENTER;
                    } else {
                        ptr = NULL_PTR;
                        label = L_POSS_REPEAT_2;
                    }
                    break;
                case J_POSS_REPEAT_1:
                    if (ret) {
                        ctx.count++;
                        label = L_POSS_REPEAT_1;
                    } else {
                        this.ptr = ptr;
                        label = RETURN;
                    }
                    break;
                case L_POSS_REPEAT_2: {
                    long max = u(code[pc + 2]);
                    if ((ctx.count < max || max == u(MAXREPEAT)) && this.ptr != ptr) {
                        ctx.lastmark = lastmark;
                        ctx.lastindex = lastindex;
                        markPush(ctx.lastmark);
                        ptr = this.ptr;
                        ctx.pc = pc;
                        ctx.ptr = ptr;
                        ctx = pushCtx(J_POSS_REPEAT_2, false);
                        pc = pc + 3;
                        label = ENTER;
                    } else {
                        pc += code[pc] + 1;
                        ptr = this.ptr;
                        label = DISPATCH;
                    }
                    break;
                }
                case J_POSS_REPEAT_2:
                    if (ret) {
                        markPopDiscard(ctx.lastmark);
                        ctx.count++;
                        label = L_POSS_REPEAT_2;
                    } else {
                        markPop(ctx.lastmark);
                        lastmark = ctx.lastmark;
                        lastindex = ctx.lastindex;
                        this.ptr = ptr;
                        pc += code[pc] + 1;
                        ptr = this.ptr;
                        label = DISPATCH;
                    }
                    break;
                case J_ATOMIC_GROUP:
                    if (!ret) {
                        this.ptr = ptr;
                        label = RETURN;
                    } else {
                        pc += code[pc];
                        ptr = this.ptr;
                        label = DISPATCH;
                    }
                    break;
                case J_ASSERT:
                    if (!ret) {
                        label = RETURN;
                    } else {
                        pc += code[pc];
                        label = DISPATCH;
                    }
                    break;
                case J_ASSERT_NOT:
                    if (ret) {
                        if (repeat != null) {
                            markPopDiscard(ctx.lastmark);
                        }
                        ret = false;
                        label = RETURN;
                    } else {
                        if (repeat != null) {
                            markPop(ctx.lastmark);
                        }
                        lastmark = ctx.lastmark;
                        lastindex = ctx.lastindex;
                        pc += code[pc];
                        label = DISPATCH;
                    }
                    break;
                default:
                    throw Errors.runtimeError("internal error in regular expression engine");
            }
        }
    }

    /** A code word as the unsigned number it is. */
    private static long u(int word) {
        return word & 0xFFFFFFFFL;
    }

    /** Matches a backreference at ptr; returns the new position or -1. */
    private int groupref(int op, int group, int ptr) {
        int g = group * 2;
        if (g >= lastmark) {
            return -1;
        }
        int p = marks[g];
        int e = marks[g + 1];
        if (p < 0 || e < 0 || e < p) {
            return -1;
        }
        while (p < e) {
            if (ptr >= end) {
                return -1;
            }
            int a = text[ptr];
            int b = text[p];
            boolean same;
            switch (op) {
                case GROUPREF_IGNORE: same = SreChars.lowerAscii(a) == SreChars.lowerAscii(b); break;
                case GROUPREF_UNI_IGNORE: same = SreChars.lowerUnicode(a) == SreChars.lowerUnicode(b); break;
                case GROUPREF_LOC_IGNORE: same = SreChars.lowerLocale(a) == SreChars.lowerLocale(b); break;
                default: same = a == b;
            }
            if (!same) {
                return -1;
            }
            p++;
            ptr++;
        }
        return ptr;
    }

    // ---- entry points --------------------------------------------------------------------

    /** Matches at {@link #start}; on success the match is [start, ptr). */
    boolean match() {
        ptr = start;
        return match(0, true);
    }

    /** Searches from {@link #start}; on success the match is [start, ptr). */
    boolean search() {
        int p = start;
        int e = end;
        if (p > e) {
            return false;
        }
        int pc = 0;
        int flags = 0;
        int prefixLen = 0;
        int prefixSkip = 0;
        int prefix = 0;
        int overlap = 0;
        int charsetAt = -1;
        if (code[0] == INFO) {
            flags = code[2];
            long min = u(code[3]);
            if (min != 0 && e - p < min) {
                return false;
            }
            if (min > 1) {
                e = (int) Math.max(p, e - (min - 1));
                if (e <= p) {
                    e = p;
                }
            }
            if ((flags & INFO_PREFIX) != 0) {
                prefixLen = code[5];
                prefixSkip = code[6];
                prefix = 7;
                overlap = prefix + prefixLen - 1;
            } else if ((flags & INFO_CHARSET) != 0) {
                charsetAt = 5;
            }
            pc = 1 + code[1];
        }
        int[] t = text;
        if (prefixLen == 1) {
            int c = code[prefix];
            e = end;
            mustAdvance = false;
            while (p < e) {
                while (t[p] != c) {
                    if (++p >= e) {
                        return false;
                    }
                }
                start = p;
                ptr = p + prefixSkip;
                if ((flags & INFO_LITERAL) != 0) {
                    return true;
                }
                if (match(pc + 2 * prefixSkip, false)) {
                    return true;
                }
                ++p;
                reset();
            }
            return false;
        }
        if (prefixLen > 1) {
            e = end;
            if (prefixLen > e - p) {
                return false;
            }
            while (p < e) {
                int c = code[prefix];
                while (t[p++] != c) {
                    if (p >= e) {
                        return false;
                    }
                }
                if (p >= e) {
                    return false;
                }
                int i = 1;
                mustAdvance = false;
                do {
                    if (t[p] == code[prefix + i]) {
                        if (++i != prefixLen) {
                            if (++p >= e) {
                                return false;
                            }
                            continue;
                        }
                        start = p - (prefixLen - 1);
                        ptr = p - (prefixLen - prefixSkip - 1);
                        if ((flags & INFO_LITERAL) != 0) {
                            return true;
                        }
                        if (match(pc + 2 * prefixSkip, false)) {
                            return true;
                        }
                        if (++p >= e) {
                            return false;
                        }
                        reset();
                    }
                    i = code[overlap + i];
                } while (i != 0);
            }
            return false;
        }
        if (charsetAt >= 0) {
            e = end;
            mustAdvance = false;
            for (;;) {
                while (p < e && !charset(code, charsetAt, t[p])) {
                    p++;
                }
                if (p >= e) {
                    return false;
                }
                start = p;
                ptr = p;
                if (match(pc, false)) {
                    return true;
                }
                p++;
                reset();
            }
        }
        start = p;
        ptr = p;
        boolean status = match(pc, true);
        mustAdvance = false;
        if (!status && code[pc] == AT && (code[pc + 1] == AT_BEGINNING || code[pc + 1] == AT_BEGINNING_STRING)) {
            start = ptr = e;
            return false;
        }
        while (!status && p < e) {
            p++;
            reset();
            start = p;
            ptr = p;
            status = match(pc, false);
        }
        return status;
    }
}
