package dev.eddy.runtime;

import java.math.BigInteger;

/**
 * Formatting as CPython does it: the format-spec mini-language of format() and f-strings
 * (Python/formatter_unicode.c), str.format's replacement fields (unicode_format.h) and
 * printf-style str % args (PyUnicode_Format), with CPython's error messages.
 */
public final class StrFormat {
    private StrFormat() {
    }

    // ---- format(value, spec) -------------------------------------------------------------------

    /** format(value, spec): the single entry point for format(), f-strings and str.format fields. */
    public static PyStr format(PyObject value, String spec) {
        PyType t = value.type();
        if (t.heapType && (value instanceof PyStr || value instanceof PyInt || value instanceof PyFloat)) {
            // a subclass of str, int or float may bring its own __format__ (Enum's, an IntFlag's)
            PyObject m = t.lookup("__format__");
            PyType base = value instanceof PyStr ? PyStr.TYPE : value instanceof PyInt ? PyInt.TYPE : PyFloat.TYPE;
            if (m != null && m != base.lookup("__format__")) {
                return callFormat(m, value, t, spec);
            }
        }
        if (value instanceof PyStr s) {
            return spec.isEmpty() ? s : new PyStr(formatStr(s, Spec.parse(spec, value, 's', '<')));
        }
        if (value instanceof PyInt i) {
            // bool is formatted as int unless the spec is empty
            return spec.isEmpty() ? value.str() : new PyStr(formatInt(i, Spec.parse(spec, value, 'd', '>')));
        }
        if (value instanceof PyFloat f) {
            return spec.isEmpty() ? value.str() : new PyStr(formatFloat(f.value, Spec.parse(spec, value, '\0', '>')));
        }
        PyObject m = t.lookup("__format__");
        if (m != null && !(m instanceof PyBuiltinFunction bf && bf.owner == PyType.OBJECT)) {
            return callFormat(m, value, t, spec);
        }
        return objectFormat(value, spec);
    }

    private static PyStr callFormat(PyObject method, PyObject value, PyType t, String spec) {
        PyObject r = Descriptors.callBound(method, value, t, new PyStr(spec));
        if (!(r instanceof PyStr s)) {
            throw Errors.typeError("__format__ must return a str, not " + r.type().name);
        }
        return s;
    }

    /** object.__format__: str(self) for an empty spec, else a TypeError. */
    public static PyStr objectFormat(PyObject value, String spec) {
        if (!spec.isEmpty()) {
            throw Errors.typeError("unsupported format string passed to " + value.type().name + ".__format__");
        }
        return value.str();
    }

    /** A parsed spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]. */
    static final class Spec {
        int fill = ' ';
        char align;
        char sign;
        boolean noNeg0;
        boolean alt;
        int width = -1;
        char grouping;
        int precision = -1;
        /** A code point; 0 when absent and the type has no default. */
        int type;

        static boolean isAlign(char c) {
            return c == '<' || c == '>' || c == '=' || c == '^';
        }

        /** CPython's parse_internal_render_format_spec. */
        static Spec parse(String s, PyObject obj, char defaultType, char defaultAlign) {
            Spec sp = new Spec();
            sp.align = defaultAlign;
            sp.type = defaultType;
            int end = s.length();
            int pos = 0;
            boolean fillSpecified = false;
            boolean alignSpecified = false;
            int c0 = end > 0 ? s.codePointAt(0) : 0;
            int n0 = Character.charCount(c0);
            if (end > n0 && isAlign(s.charAt(n0))) {
                sp.fill = c0;
                sp.align = s.charAt(n0);
                fillSpecified = alignSpecified = true;
                pos = n0 + 1;
            } else if (end > 0 && isAlign(s.charAt(0))) {
                sp.align = s.charAt(0);
                alignSpecified = true;
                pos = 1;
            }
            if (pos < end && (s.charAt(pos) == '+' || s.charAt(pos) == '-' || s.charAt(pos) == ' ')) {
                sp.sign = s.charAt(pos++);
            }
            if (pos < end && s.charAt(pos) == 'z') {
                sp.noNeg0 = true;
                pos++;
            }
            if (pos < end && s.charAt(pos) == '#') {
                sp.alt = true;
                pos++;
            }
            if (!fillSpecified && pos < end && s.charAt(pos) == '0') {
                // zero padding: sign-aware for numbers, unless an alignment was given
                sp.fill = '0';
                if (!alignSpecified && defaultAlign == '>') {
                    sp.align = '=';
                }
                pos++;
            }
            int start = pos;
            pos = digitsEnd(s, pos);
            if (pos > start) {
                sp.width = parseInt(s, start, pos);
            }
            if (pos < end && s.charAt(pos) == ',') {
                sp.grouping = ',';
                pos++;
            }
            if (pos < end && s.charAt(pos) == '_') {
                if (sp.grouping != 0) {
                    throw Errors.valueError("Cannot specify both ',' and '_'.");
                }
                sp.grouping = '_';
                pos++;
            }
            if (pos < end && s.charAt(pos) == ',' && sp.grouping == '_') {
                throw Errors.valueError("Cannot specify both ',' and '_'.");
            }
            if (pos < end && s.charAt(pos) == '.') {
                pos++;
                start = pos;
                pos = digitsEnd(s, pos);
                if (pos == start) {
                    throw Errors.valueError("Format specifier missing precision");
                }
                sp.precision = parseInt(s, start, pos);
            }
            if (pos < end) {
                if (s.codePointCount(pos, end) > 1) {
                    throw Errors.valueError("Invalid format specifier '" + s + "' for object of type '" + obj.type().name + "'");
                }
                sp.type = s.codePointAt(pos);
            }
            if (sp.grouping != 0) {
                switch (sp.type) {
                    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
                        break;
                    case 'b': case 'o': case 'x': case 'X':
                        if (sp.grouping == '_') {
                            break;
                        }
                        throw badGrouping(sp);
                    default:
                        throw badGrouping(sp);
                }
            }
            return sp;
        }

        private static PyException badGrouping(Spec sp) {
            if (sp.type > 32 && sp.type < 128) {
                return Errors.valueError("Cannot specify '" + sp.grouping + "' with '" + (char) sp.type + "'.");
            }
            return Errors.valueError("Cannot specify '" + sp.grouping + "' with '\\x" + Integer.toHexString(sp.type) + "'.");
        }

        private static int digitsEnd(String s, int pos) {
            while (pos < s.length() && Character.digit(s.charAt(pos), 10) >= 0) {
                pos++;
            }
            return pos;
        }

        private static int parseInt(String s, int start, int end) {
            long v = 0;
            for (int i = start; i < end; i++) {
                v = v * 10 + Character.digit(s.charAt(i), 10);
                if (v > Integer.MAX_VALUE) {
                    throw Errors.valueError("Too many decimal digits in format string");
                }
            }
            return (int) v;
        }
    }

    private static PyException unknownType(int type, PyObject obj) {
        String code = type > 32 && type < 128 ? String.valueOf((char) type) : "\\x" + Integer.toHexString(type);
        return Errors.valueError("Unknown format code '" + code + "' for object of type '" + obj.type().name + "'");
    }

    // ---- str -----------------------------------------------------------------------------------

    static String formatStr(PyStr value, Spec sp) {
        if (sp.type != 's') {
            throw unknownType(sp.type, value);
        }
        if (sp.sign != 0) {
            throw Errors.valueError((sp.sign == ' ' ? "Space" : "Sign") + " not allowed in string format specifier");
        }
        if (sp.noNeg0) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (sp.alt) {
            throw Errors.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (sp.align == '=') {
            throw Errors.valueError("'=' alignment not allowed in string format specifier");
        }
        String s = value.value;
        int len = value.codePointLength();
        if ((sp.width < 0 || sp.width <= len) && (sp.precision < 0 || sp.precision >= len)) {
            return s;
        }
        if (sp.precision >= 0 && len > sp.precision) {
            s = s.substring(0, s.offsetByCodePoints(0, sp.precision));
            len = sp.precision;
        }
        return pad(s, len, sp.width, sp.align, sp.fill);
    }

    /** Pads {@code s} (of {@code len} code points) to {@code width} as calc_padding does. */
    static String pad(String s, int len, int width, char align, int fill) {
        int total = Math.max(width, len);
        if (total == len) {
            return s;
        }
        int left = align == '>' ? total - len : align == '^' ? (total - len) / 2 : 0;
        StringBuilder sb = new StringBuilder(total + 2);
        fill(sb, fill, left).append(s);
        return fill(sb, fill, total - len - left).toString();
    }

    private static StringBuilder fill(StringBuilder sb, int fill, int n) {
        if (fill < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = 0; i < n; i++) {
                sb.append((char) fill);
            }
        } else {
            for (int i = 0; i < n; i++) {
                sb.appendCodePoint(fill);
            }
        }
        return sb;
    }

    // ---- int -----------------------------------------------------------------------------------

    static String formatInt(PyInt v, Spec sp) {
        switch (sp.type) {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return formatFloat(v.toDouble(), sp);
            default:
                throw unknownType(sp.type, v);
        }
        if (sp.precision >= 0) {
            throw Errors.valueError("Precision not allowed in integer format specifier");
        }
        if (sp.noNeg0) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (sp.type == 'c') {
            if (sp.sign != 0) {
                throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (sp.alt) {
                throw Errors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (v.isBig() || v.value < 0 || v.value > 0x10ffff) {
                throw Errors.overflow("%c arg not in range(0x110000)");
            }
            // the character is "remainder", so it is never grouped or zero-padded
            return number(sp, false, "", "", false, new String(Character.toChars((int) v.value)), 1);
        }
        int radix = sp.type == 'b' ? 2 : sp.type == 'o' ? 8 : sp.type == 'x' || sp.type == 'X' ? 16 : 10;
        boolean neg = v.signum() < 0;
        String digits = v.isBig() ? (radix == 10 ? IntDigits.decimal(v.big) : v.big.abs().toString(radix))
                : v.value == Long.MIN_VALUE ? BigInteger.valueOf(v.value).negate().toString(radix)
                : Long.toString(Math.abs(v.value), radix);
        String prefix = !sp.alt || radix == 10 ? "" : radix == 2 ? "0b" : radix == 8 ? "0o" : "0x";
        if (sp.type == 'X') {
            digits = digits.toUpperCase();
            prefix = prefix.toUpperCase();
        }
        if (sp.width < 0 && sp.grouping == 0 && sp.sign != '+' && sp.sign != ' ') {
            return neg ? "-" + prefix + digits : prefix.isEmpty() ? digits : prefix + digits;
        }
        return number(sp, neg, prefix, digits, false, "", 0);
    }

    // ---- float ---------------------------------------------------------------------------------

    static String formatFloat(double v, Spec sp) {
        int type = sp.type;
        char code;
        boolean addDot0 = false;
        int defaultPrecision = 6;
        switch (type) {
            case '\0':
                // like repr, or like 'g' keeping a digit after the point when a precision is given
                code = 'r';
                addDot0 = true;
                defaultPrecision = 0;
                break;
            case 'n':
                code = 'g';
                break;
            case '%':
                code = 'f';
                v *= 100;
                break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                code = (char) type;
                break;
            default:
                throw unknownType(type, new PyFloat(v));
        }
        int precision = sp.precision;
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (code == 'r') {
            code = 'g';
        }
        String buf = FloatFormat.toString(v, code, precision, addDot0, sp.alt, sp.noNeg0);
        if (type == '%') {
            buf = buf + '%';
        }
        if (sp.sign != '+' && sp.sign != ' ' && sp.width < 0 && sp.grouping == 0) {
            return buf;
        }
        boolean neg = buf.charAt(0) == '-';
        int i = neg ? 1 : 0;
        int start = i;
        while (i < buf.length() && buf.charAt(i) >= '0' && buf.charAt(i) <= '9') {
            i++;
        }
        boolean hasDecimal = i < buf.length() && buf.charAt(i) == '.';
        String rem = buf.substring(hasDecimal ? i + 1 : i);
        return number(sp, neg, "", buf.substring(start, i), hasDecimal, rem, rem.length());
    }

    // ---- laying out a number ------------------------------------------------------------------

    /**
     * CPython's calc_number_widths and fill_number: [lpad][sign][prefix][spad][grouped digits][.][remainder][rpad].
     * With '0' fill and '=' alignment the padding zeros are part of the grouped digits.
     */
    private static String number(Spec sp, boolean neg, String prefix, String digits, boolean hasDecimal, String rem, int remLen) {
        char sign = 0;
        if (sp.sign == '+') {
            sign = neg ? '-' : '+';
        } else if (sp.sign == ' ') {
            sign = neg ? '-' : ' ';
        } else if (neg) {
            sign = '-';
        }
        int nonDigits = (sign != 0 ? 1 : 0) + prefix.length() + (hasDecimal ? 1 : 0) + remLen;
        int minWidth = sp.fill == '0' && sp.align == '=' ? sp.width - nonDigits : 0;
        int groupSize = sp.grouping == '_' && (sp.type == 'b' || sp.type == 'o' || sp.type == 'x' || sp.type == 'X') ? 4 : 3;
        String grouped = digits.isEmpty() ? "" : group(digits, minWidth, sp.grouping, groupSize);
        int padding = sp.width - (nonDigits + grouped.length());
        int lpad = 0;
        int spad = 0;
        int rpad = 0;
        if (padding > 0) {
            switch (sp.align) {
                case '<': rpad = padding; break;
                case '^': lpad = padding / 2; rpad = padding - lpad; break;
                case '=': spad = padding; break;
                default: lpad = padding; break;
            }
        }
        StringBuilder sb = new StringBuilder(Math.max(sp.width, 0) + grouped.length() + rem.length() + 4);
        fill(sb, sp.fill, lpad);
        if (sign != 0) {
            sb.append(sign);
        }
        sb.append(prefix);
        fill(sb, sp.fill, spad);
        sb.append(grouped);
        if (hasDecimal) {
            sb.append('.');
        }
        sb.append(rem);
        return fill(sb, sp.fill, rpad).toString();
    }

    /** CPython's _PyUnicode_InsertThousandsGrouping: separators every {@code size} digits, zero-padded to minWidth. */
    private static String group(String digits, int minWidth, char sep, int size) {
        int n = digits.length();
        if (sep == 0) {
            return minWidth <= n ? digits : "0".repeat(minWidth - n) + digits;
        }
        // built right to left
        StringBuilder sb = new StringBuilder(n + n / size + 2);
        int remaining = n;
        boolean useSep = false;
        while (true) {
            int l = Math.min(size, Math.max(Math.max(remaining, minWidth), 1));
            int zeros = Math.max(0, l - remaining);
            int chars = Math.max(0, Math.min(remaining, l));
            if (useSep) {
                sb.append(sep);
            }
            for (int i = 0; i < chars; i++) {
                sb.append(digits.charAt(remaining - 1 - i));
            }
            for (int i = 0; i < zeros; i++) {
                sb.append('0');
            }
            useSep = true;
            remaining -= chars;
            minWidth -= l;
            if (remaining <= 0 && minWidth <= 0) {
                break;
            }
            minWidth--;
        }
        return sb.reverse().toString();
    }

    // ---- ascii() ---------------------------------------------------------------------------------

    /** ascii(): repr with every non-ASCII character escaped. */
    public static String ascii(PyObject o) {
        return asciiEscape(o.repr().value);
    }

    static String asciiEscape(String r) {
        int i = 0;
        while (i < r.length() && r.charAt(i) < 128) {
            i++;
        }
        if (i == r.length()) {
            return r;
        }
        StringBuilder sb = new StringBuilder(r.length() + 16).append(r, 0, i);
        while (i < r.length()) {
            int c = r.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) {
                sb.append((char) c);
            } else if (c <= 0xff) {
                hex(sb.append("\\x"), c, 2);
            } else if (c <= 0xffff) {
                hex(sb.append("\\u"), c, 4);
            } else {
                hex(sb.append("\\U"), c, 8);
            }
        }
        return sb.toString();
    }

    private static void hex(StringBuilder sb, int c, int width) {
        for (int shift = (width - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(Character.forDigit((c >> shift) & 0xf, 16));
        }
    }

    // ---- str.format ------------------------------------------------------------------------------

    /** How replacement fields are numbered: unset, automatic ({}) or manual ({0}); mixing is an error. */
    private static final class AutoNumber {
        int state;
        int next;
    }

    /**
     * str.format(*args, **kwargs) and str.format_map(mapping): {@code args} is null for
     * format_map, {@code kwargs} any mapping or null.
     */
    public static String vformat(String fmt, PyObject[] args, PyObject kwargs) {
        StringBuilder sb = new StringBuilder(fmt.length() + 16);
        build(sb, fmt, args, kwargs, 2, new AutoNumber());
        return sb.toString();
    }

    private static void build(StringBuilder sb, String fmt, PyObject[] args, PyObject kwargs, int depth, AutoNumber auto) {
        if (depth <= 0) {
            throw Errors.valueError("Max string recursion exceeded");
        }
        int n = fmt.length();
        int pos = 0;
        while (pos < n) {
            // literal text up to the next brace
            int start = pos;
            char c = 0;
            boolean markup = false;
            while (pos < n) {
                c = fmt.charAt(pos++);
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            boolean atEnd = pos >= n;
            int len = pos - start;
            if (c == '}' && markup && (atEnd || fmt.charAt(pos) != '}')) {
                throw Errors.valueError("Single '}' encountered in format string");
            }
            if (atEnd && c == '{' && markup) {
                throw Errors.valueError("Single '{' encountered in format string");
            }
            if (markup) {
                if (fmt.charAt(pos) == c) {
                    // an escaped brace: keep one
                    pos++;
                    markup = false;
                } else {
                    len--;
                }
            }
            sb.append(fmt, start, start + len);
            if (markup) {
                pos = field(sb, fmt, pos, args, kwargs, depth, auto);
            }
        }
    }

    /** Parses and renders one replacement field starting after its '{'; returns the position after its '}'. */
    private static int field(StringBuilder sb, String fmt, int pos, PyObject[] args, PyObject kwargs, int depth, AutoNumber auto) {
        int n = fmt.length();
        int nameStart = pos;
        char c = 0;
        while (pos < n) {
            c = fmt.charAt(pos++);
            if (c == '{') {
                throw Errors.valueError("unexpected '{' in field name");
            }
            if (c == '[') {
                while (pos < n && fmt.charAt(pos) != ']') {
                    pos++;
                }
                continue;
            }
            if (c == '}' || c == ':' || c == '!') {
                break;
            }
        }
        int nameEnd = pos - 1;
        int conversion = 0;
        int specStart = pos;
        int specEnd = pos;
        boolean nested = false;
        if (c == '!' || c == ':') {
            boolean done = false;
            if (c == '!') {
                if (pos >= n) {
                    throw Errors.valueError("end of string while looking for conversion specifier");
                }
                conversion = fmt.codePointAt(pos);
                pos += Character.charCount(conversion);
                if (pos < n) {
                    char d = fmt.charAt(pos++);
                    if (d == '}') {
                        done = true;
                        specStart = specEnd = pos;
                    } else if (d != ':') {
                        throw Errors.valueError("expected ':' after conversion specifier");
                    }
                }
            }
            if (!done) {
                specStart = pos;
                int count = 1;
                while (true) {
                    if (pos >= n) {
                        throw Errors.valueError("unmatched '{' in format spec");
                    }
                    char d = fmt.charAt(pos++);
                    if (d == '{') {
                        nested = true;
                        count++;
                    } else if (d == '}' && --count == 0) {
                        break;
                    }
                }
                specEnd = pos - 1;
            }
        } else if (c != '}') {
            throw Errors.valueError("expected '}' before end of string");
        } else {
            specStart = specEnd = pos;
        }
        PyObject obj = fieldObject(fmt, nameStart, nameEnd, args, kwargs, auto);
        if (conversion != 0) {
            switch (conversion) {
                case 'r': obj = obj.repr(); break;
                case 's': obj = obj.str(); break;
                case 'a': obj = new PyStr(ascii(obj)); break;
                default:
                    throw Errors.valueError("Unknown conversion specifier "
                            + (conversion > 32 && conversion < 127 ? String.valueOf((char) conversion) : "\\x" + Integer.toHexString(conversion)));
            }
        }
        String spec = fmt.substring(specStart, specEnd);
        if (nested) {
            StringBuilder inner = new StringBuilder();
            build(inner, spec, args, kwargs, depth - 1, auto);
            spec = inner.toString();
        }
        sb.append(format(obj, spec).value);
        return pos;
    }

    /** Resolves a field name: an argument index or keyword, then .attribute and [index] parts. */
    private static PyObject fieldObject(String fmt, int start, int end, PyObject[] args, PyObject kwargs, AutoNumber auto) {
        int i = start;
        while (i < end && fmt.charAt(i) != '.' && fmt.charAt(i) != '[') {
            i++;
        }
        int index = fieldIndex(fmt, start, i);
        boolean empty = i == start;
        if (empty || index >= 0) {
            if (auto.state == 0) {
                auto.state = empty ? 1 : 2;
            }
            if (auto.state == 2 && empty) {
                throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            if (auto.state == 1 && !empty) {
                throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            if (empty) {
                index = auto.next++;
            }
        }
        PyObject obj;
        if (index < 0) {
            PyStr key = new PyStr(fmt.substring(start, i));
            if (kwargs == null) {
                throw Errors.keyError(key);
            }
            obj = kwargs.getItem(key);
        } else {
            if (args == null) {
                throw Errors.valueError("Format string contains positional fields");
            }
            if (index >= args.length) {
                throw Errors.indexError("Replacement index " + index + " out of range for positional args tuple");
            }
            obj = args[index];
        }
        while (i < end) {
            char c = fmt.charAt(i++);
            int nameStart = i;
            if (c == '.') {
                while (i < end && fmt.charAt(i) != '.' && fmt.charAt(i) != '[') {
                    i++;
                }
                if (i == nameStart) {
                    throw Errors.valueError("Empty attribute in format string");
                }
                obj = obj.getAttr(fmt.substring(nameStart, i));
            } else if (c == '[') {
                while (i < end && fmt.charAt(i) != ']') {
                    i++;
                }
                if (i >= end) {
                    throw Errors.valueError("Missing ']' in format string");
                }
                int nameEnd = i++;
                if (nameEnd == nameStart) {
                    throw Errors.valueError("Empty attribute in format string");
                }
                int idx = fieldIndex(fmt, nameStart, nameEnd);
                obj = obj.getItem(idx >= 0 ? PyInt.of(idx) : new PyStr(fmt.substring(nameStart, nameEnd)));
            } else {
                throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }

    /** The decimal value of fmt[start:end], or -1 when it is empty or not all digits. */
    private static int fieldIndex(String fmt, int start, int end) {
        if (start >= end) {
            return -1;
        }
        long v = 0;
        for (int i = start; i < end; i++) {
            int d = Character.digit(fmt.charAt(i), 10);
            if (d < 0) {
                return -1;
            }
            v = v * 10 + d;
            if (v > Integer.MAX_VALUE) {
                throw Errors.valueError("Too many decimal digits in format string");
            }
        }
        return (int) v;
    }

    // ---- printf-style: str % args -------------------------------------------------------------

    private static final int F_LJUST = 1;
    private static final int F_SIGN = 2;
    private static final int F_BLANK = 4;
    private static final int F_ALT = 8;
    private static final int F_ZERO = 16;

    /** The state of one str % args: the arguments still to use. */
    private static final class PercentArgs {
        PyObject args;
        PyObject[] items;
        int argidx;
        int arglen;
        PyObject dict;
        /** bytes % args: %s and %b take bytes-like objects, keys are bytes. */
        boolean bytes;

        PercentArgs(PyObject args) {
            if (args instanceof PyTuple t) {
                items = t.items;
                arglen = items.length;
            } else {
                this.args = args;
                arglen = -1;
                argidx = -2;
            }
            if (!(args instanceof PyTuple) && !(args instanceof PyStr) && isMapping(args)) {
                dict = args;
            }
        }

        PyObject next() {
            if (argidx < arglen) {
                int i = argidx++;
                return arglen < 0 ? args : items[i];
            }
            throw Errors.typeError("not enough arguments for format string");
        }
    }

    /** PyMapping_Check: a type with __getitem__ (for str % args, lists and bytes count too). */
    private static boolean isMapping(PyObject o) {
        return o instanceof PyDict || o instanceof PyList || o instanceof PyBytes
                || (!(o instanceof PyInt) && !(o instanceof PyFloat) && !(o instanceof PyNone) && o.type().lookup("__getitem__") != null);
    }

    /** fmt % args, as PyUnicode_Format. */
    public static String percent(String fmt, PyObject args) {
        return percent(fmt, args, false);
    }

    /** bytes % args, as _PyBytes_FormatEx: the format and the result are bytes held one per char. */
    public static byte[] percentBytes(byte[] fmt, PyObject args) {
        String r = percent(new String(fmt, java.nio.charset.StandardCharsets.ISO_8859_1), args, true);
        return r.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static String percent(String fmt, PyObject args, boolean bytes) {
        PercentArgs ctx = new PercentArgs(args);
        ctx.bytes = bytes;
        int n = fmt.length();
        StringBuilder sb = new StringBuilder(n + 16);
        int pos = 0;
        while (pos < n) {
            int pct = fmt.indexOf('%', pos);
            if (pct < 0) {
                sb.append(fmt, pos, n);
                break;
            }
            sb.append(fmt, pos, pct);
            pos = percentField(sb, fmt, pct + 1, ctx);
        }
        if (ctx.argidx < ctx.arglen && ctx.dict == null) {
            throw Errors.typeError("not all arguments converted during string formatting");
        }
        return sb.toString();
    }

    /** One conversion after a '%' at pos - 1; returns the position after it. */
    private static int percentField(StringBuilder sb, String fmt, int pos, PercentArgs ctx) {
        int n = fmt.length();
        if (pos < n && fmt.charAt(pos) == '%') {
            sb.append('%');
            return pos + 1;
        }
        if (pos < n && fmt.charAt(pos) == '(') {
            if (ctx.dict == null) {
                throw Errors.typeError("format requires a mapping");
            }
            int keyStart = ++pos;
            int depth = 1;
            while (depth > 0 && pos < n) {
                char c = fmt.charAt(pos++);
                if (c == ')') {
                    depth--;
                } else if (c == '(') {
                    depth++;
                }
            }
            if (depth > 0) {
                throw Errors.valueError("incomplete format key");
            }
            String key = fmt.substring(keyStart, pos - 1);
            ctx.args = ctx.dict.getItem(ctx.bytes ? new PyBytes(key.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)) : new PyStr(key));
            ctx.arglen = -1;
            ctx.argidx = -2;
        }
        int flags = 0;
        char ch = 0;
        boolean more = false;
        while (pos < n) {
            ch = fmt.charAt(pos++);
            more = true;
            int f = ch == '-' ? F_LJUST : ch == '+' ? F_SIGN : ch == ' ' ? F_BLANK : ch == '#' ? F_ALT : ch == '0' ? F_ZERO : 0;
            if (f == 0) {
                break;
            }
            flags |= f;
            more = false;
        }
        if (!more) {
            throw Errors.valueError("incomplete format");
        }
        int width = -1;
        if (ch == '*') {
            PyObject v = ctx.next();
            if (!(v instanceof PyInt w)) {
                throw Errors.typeError("* wants int");
            }
            width = w.intValueExact();
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
            if (pos >= n) {
                throw Errors.valueError("incomplete format");
            }
            ch = fmt.charAt(pos++);
        } else if (ch >= '0' && ch <= '9') {
            long w = ch - '0';
            while (true) {
                if (pos >= n) {
                    throw Errors.valueError("incomplete format");
                }
                ch = fmt.charAt(pos++);
                if (ch < '0' || ch > '9') {
                    break;
                }
                w = w * 10 + (ch - '0');
                if (w > Integer.MAX_VALUE) {
                    throw Errors.valueError("width too big");
                }
            }
            width = (int) w;
        }
        int prec = -1;
        if (ch == '.') {
            prec = 0;
            if (pos >= n) {
                throw Errors.valueError("incomplete format");
            }
            ch = fmt.charAt(pos++);
            if (ch == '*') {
                PyObject v = ctx.next();
                if (!(v instanceof PyInt p)) {
                    throw Errors.typeError("* wants int");
                }
                prec = Math.max(0, p.intValueExact());
                if (pos >= n) {
                    throw Errors.valueError("incomplete format");
                }
                ch = fmt.charAt(pos++);
            } else if (ch >= '0' && ch <= '9') {
                long p = ch - '0';
                while (true) {
                    if (pos >= n) {
                        throw Errors.valueError("incomplete format");
                    }
                    ch = fmt.charAt(pos++);
                    if (ch < '0' || ch > '9') {
                        break;
                    }
                    p = p * 10 + (ch - '0');
                    if (p > Integer.MAX_VALUE) {
                        throw Errors.valueError("precision too big");
                    }
                }
                prec = (int) p;
            }
        }
        if (ch == 'h' || ch == 'l' || ch == 'L') {
            if (pos >= n) {
                throw Errors.valueError("incomplete format");
            }
            ch = fmt.charAt(pos++);
        }
        PyObject v = ctx.next();
        String s;
        boolean numeric = false;
        if (ctx.bytes && (ch == 's' || ch == 'b' || ch == 'r' || ch == 'c')) {
            s = ch == 'r' ? ascii(v) : ch == 'c' ? percentByte(v) : percentBytesArg(v);
            percentOutput(sb, s, ch, flags, width, prec, false);
            return pos;
        }
        switch (ch) {
            case 's':
                s = v.str().value;
                break;
            case 'r':
                s = v.repr().value;
                break;
            case 'a':
                s = ascii(v);
                break;
            case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
                s = percentInt(v, ch, flags, prec);
                numeric = true;
                break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                s = FloatFormat.toString(toDouble(v), ch, prec < 0 ? 6 : prec, false, (flags & F_ALT) != 0, false);
                numeric = true;
                break;
            case 'c':
                s = percentChar(v);
                break;
            default:
                int cp = fmt.codePointAt(pos - 1);
                throw Errors.valueError("unsupported format character '" + (cp >= 31 && cp <= 126 ? String.valueOf((char) cp) : "?")
                        + "' (0x" + Integer.toHexString(cp) + ") at index " + (pos - 1));
        }
        percentOutput(sb, s, ch, flags, width, prec, numeric);
        return pos;
    }

    /** The argument of %s or %b in bytes formatting, as latin-1 chars. */
    private static String percentBytesArg(PyObject v) {
        byte[] b = Buffers.bytesOrNull(v);
        if (b == null) {
            PyObject m = v.type().lookup("__bytes__");
            PyObject r = m == null ? null : Descriptors.callBound(m, v, v.type());
            if (r == null) {
                throw Errors.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '" + v.type().name + "'");
            }
            if (!(r instanceof PyBytes rb)) {
                throw Errors.typeError("__bytes__ returned non-bytes (type " + r.type().name + ")");
            }
            b = rb.bytes;
        }
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** The argument of %c in bytes formatting: an int in range(256) or a single byte. */
    private static String percentByte(PyObject v) {
        if (v instanceof PyBytes || v instanceof PyByteArray) {
            byte[] b = ((PyBuffer) v).bufferBytes();
            if (b.length == 1) {
                return String.valueOf((char) (b[0] & 0xff));
            }
        } else if (v instanceof PyInt i) {
            if (i.isBig() || i.value < 0 || i.value > 255) {
                throw Errors.of(Exceptions.OVERFLOW_ERROR, "%c arg not in range(256)");
            }
            return String.valueOf((char) i.value);
        }
        throw Errors.typeError("%c requires an integer in range(256) or a single byte");
    }

    private static String percentInt(PyObject v, char type, int flags, int prec) {
        PyInt i;
        if (v instanceof PyInt x) {
            i = x;
        } else {
            boolean number = v instanceof PyFloat || v.type().lookup("__index__") != null
                    || v.type().lookup("__int__") != null || v.type().lookup("__float__") != null;
            PyObject r = null;
            if (number) {
                try {
                    r = type == 'o' || type == 'x' || type == 'X' ? Ops.index(v, null) : IntMethods.construct(new PyObject[] {v}, null);
                } catch (PyException e) {
                    if (!e.matches(Exceptions.TYPE_ERROR)) {
                        throw e;
                    }
                }
            }
            if (!(r instanceof PyInt ri)) {
                throw Errors.typeError("%" + type + " format: " + (type == 'o' || type == 'x' || type == 'X' ? "an integer" : "a real number")
                        + " is required, not " + v.type().name);
            }
            i = ri;
        }
        int radix = type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
        boolean neg = i.signum() < 0;
        String digits = i.isBig() ? (radix == 10 ? IntDigits.decimal(i.big) : i.big.abs().toString(radix))
                : i.value == Long.MIN_VALUE ? BigInteger.valueOf(i.value).negate().toString(radix)
                : Long.toString(Math.abs(i.value), radix);
        StringBuilder sb = new StringBuilder(digits.length() + 4);
        if (neg) {
            sb.append('-');
        }
        if ((flags & F_ALT) != 0 && radix != 10) {
            sb.append('0').append(type == 'o' ? 'o' : 'x');
        }
        for (int k = digits.length(); k < prec; k++) {
            sb.append('0');
        }
        sb.append(digits);
        return type == 'X' ? sb.toString().toUpperCase() : sb.toString();
    }

    /** PyFloat_AsDouble for %f and friends. */
    private static double toDouble(PyObject v) {
        if (v instanceof PyFloat f) {
            return f.value;
        }
        if (v instanceof PyInt i) {
            return i.toDouble();
        }
        PyType t = v.type();
        PyObject m = t.lookup("__float__");
        if (m != null) {
            PyObject r = Descriptors.callBound(m, v, t);
            if (r instanceof PyFloat f) {
                return f.value;
            }
            throw Errors.typeError(t.name + ".__float__ returned non-float (type " + r.type().name + ")");
        }
        PyInt i = v.asIndexOrNull();
        if (i != null) {
            return i.toDouble();
        }
        throw Errors.typeError("must be real number, not " + t.name);
    }

    private static String percentChar(PyObject v) {
        if (v instanceof PyStr s) {
            if (s.codePointLength() == 1) {
                return s.value;
            }
            throw Errors.typeError("%c requires int or char");
        }
        PyInt i = v.asIndexOrNull();
        if (i == null) {
            throw Errors.typeError("%c requires int or char");
        }
        if (i.isBig() || i.value < 0 || i.value > 0x10ffff) {
            throw Errors.overflow("%c arg not in range(0x110000)");
        }
        return new String(Character.toChars((int) i.value));
    }

    /** CPython's unicode_format_arg_output: sign, 0x prefix, padding and truncation. */
    private static void percentOutput(StringBuilder sb, String s, char ch, int flags, int width, int prec, boolean numeric) {
        int len = s.codePointCount(0, s.length());
        if ((width < 0 || width <= len) && (prec < 0 || prec >= len) && (flags & (F_SIGN | F_BLANK)) == 0) {
            sb.append(s);
            return;
        }
        if ((ch == 's' || ch == 'r' || ch == 'a' || ch == 'b') && prec >= 0 && len > prec) {
            s = s.substring(0, s.offsetByCodePoints(0, prec));
            len = prec;
        }
        char fill = numeric && (flags & F_ZERO) != 0 ? '0' : ' ';
        int p = 0;
        char sign = 0;
        boolean hasSign = numeric;
        if (numeric) {
            char c0 = s.charAt(0);
            if (c0 == '-' || c0 == '+') {
                sign = c0;
                len--;
                p++;
            } else if ((flags & F_SIGN) != 0) {
                sign = '+';
            } else if ((flags & F_BLANK) != 0) {
                sign = ' ';
            } else {
                hasSign = false;
            }
        }
        if (width < len) {
            width = len;
        }
        if (hasSign) {
            if (fill != ' ') {
                sb.append(sign);
            }
            if (width > len) {
                width--;
            }
        }
        boolean prefix = (flags & F_ALT) != 0 && (ch == 'x' || ch == 'X' || ch == 'o');
        if (prefix) {
            if (fill != ' ') {
                sb.append(s, p, p + 2);
                p += 2;
            }
            width = Math.max(0, width - 2);
            len -= 2;
        }
        if (width > len && (flags & F_LJUST) == 0) {
            fill(sb, fill, width - len);
            width = len;
        }
        if (fill == ' ') {
            if (hasSign) {
                sb.append(sign);
            }
            if (prefix) {
                sb.append(s, p, p + 2);
                p += 2;
            }
        }
        sb.append(s, p, p + charCount(s, p, len));
        if (width > len) {
            fill(sb, ' ', width - len);
        }
    }

    /** The number of chars holding {@code cps} code points from index {@code p}. */
    private static int charCount(String s, int p, int cps) {
        return s.offsetByCodePoints(p, cps) - p;
    }
}
