package dev.eddy.runtime;

/** Python complex: a pair of doubles, with CPython's arithmetic, repr and hashing. */
public final class PyComplex extends PyObject {
    public static final PyType TYPE = PyType.builtin("complex", PyType.OBJECT, (cls, a, kw) -> construct(a, kw));

    static {
        TypeMethods.property(TYPE, "real", a -> new PyFloat(((PyComplex) a[0]).real));
        TypeMethods.property(TYPE, "imag", a -> new PyFloat(((PyComplex) a[0]).imag));
        TYPE.def("conjugate", (a, kw) -> {
            TypeMethods.check("complex.conjugate", a, kw, 0, 0);
            PyComplex c = (PyComplex) a[0];
            return new PyComplex(c.real, -c.imag);
        });
        TYPE.def("__complex__", (a, kw) -> a[0]);
        TYPE.def("__abs__", (a, kw) -> new PyFloat(((PyComplex) a[0]).abs()));
        TYPE.def("__getnewargs__", (a, kw) -> {
            PyComplex c = (PyComplex) a[0];
            return new PyTuple(new PyObject[] {new PyFloat(c.real), new PyFloat(c.imag)});
        });
        TYPE.def("__format__", (a, kw) -> {
            TypeMethods.check("__format__", a, kw, 1, 1);
            return new PyStr(((PyComplex) a[0]).format(a[1].toString()));
        });
        for (BinaryOp op : new BinaryOp[] {BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.TRUEDIV, BinaryOp.POW}) {
            TYPE.def(op.dunder, (a, kw) -> a[0].binaryOp(op, a[1]));
            TYPE.def(op.reflected, (a, kw) -> a[0].reflectedBinaryOp(op, a[1]));
        }
        TYPE.def("__neg__", (a, kw) -> a[0].negative());
        TYPE.def("__pos__", (a, kw) -> a[0].positive());
        TYPE.def("__bool__", (a, kw) -> PyBool.of(a[0].isTrue()));
    }

    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    // ---- construction ---------------------------------------------------------------------------

    private static PyObject construct(PyObject[] a, String[] kw) {
        PyObject[] p = Args.bind("complex", a, kw, new String[] {"real", "imag"}, 0);
        PyObject r = p[0];
        PyObject i = p[1];
        if (r == null) {
            r = PyInt.of(0);
        }
        if (r instanceof PyStr s) {
            if (i != null) {
                throw Errors.typeError("complex() can't take second arg if first is a string");
            }
            return parse(s.value);
        }
        if (i instanceof PyStr) {
            throw Errors.typeError("complex() second arg can't be a string");
        }
        PyComplex cr = toComplex(r, "real", false);
        if (i == null) {
            return cr;
        }
        PyComplex ci = toComplex(i, "imag", true);
        // real + imag*1j; a part that is a real number contributes no imaginary component (so -0.0 survives)
        double re = i instanceof PyComplex ? cr.real - ci.imag : cr.real;
        double im = r instanceof PyComplex || cr.imag != 0 ? ci.real + cr.imag : ci.real;
        return new PyComplex(re, im);
    }

    private static PyComplex toComplex(PyObject o, String which, boolean second) {
        if (o instanceof PyComplex c) {
            return c;
        }
        if (o instanceof PyFloat f) {
            return new PyComplex(f.value, 0);
        }
        if (o instanceof PyInt n) {
            return new PyComplex(n.toDouble(), 0);
        }
        PyObject m = o.type().lookup("__complex__");
        if (m != null) {
            PyObject r = Descriptors.callBound(m, o, o.type());
            if (!(r instanceof PyComplex c)) {
                throw Errors.typeError("__complex__ returned non-complex (type " + r.type().name + ")");
            }
            return c;
        }
        PyObject fl = o.type().lookup("__float__");
        if (fl != null) {
            PyObject r = Descriptors.callBound(fl, o, o.type());
            if (r instanceof PyFloat f) {
                return new PyComplex(f.value, 0);
            }
        }
        PyInt idx = o.asIndexOrNull();
        if (idx != null) {
            return new PyComplex(idx.toDouble(), 0);
        }
        throw Errors.typeError("complex() " + (second ? "second" : "first") + " argument must be a string or a number, not '" + o.type().name + "'");
    }

    /** complex('1+2j') and friends: CPython's grammar, surrounding whitespace and parentheses allowed. */
    public static PyComplex parse(String text) {
        String s = text.strip();
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        s = s.replace("_", "\u0000");
        PyComplex c = parseBody(s);
        if (c == null) {
            throw Errors.valueError("complex() arg is a malformed string");
        }
        return c;
    }

    private static PyComplex parseBody(String s) {
        if (s.isEmpty() || s.indexOf('\u0000') >= 0 && !validUnderscores(s)) {
            return null;
        }
        s = s.replace("\u0000", "");
        char last = s.charAt(s.length() - 1);
        if (last != 'j' && last != 'J') {
            Double r = number(s);
            return r == null ? null : new PyComplex(r, 0);
        }
        String body = s.substring(0, s.length() - 1);
        // find the sign that separates the real part from the imaginary part
        for (int k = body.length() - 1; k > 0; k--) {
            char ch = body.charAt(k);
            if ((ch == '+' || ch == '-') && body.charAt(k - 1) != 'e' && body.charAt(k - 1) != 'E') {
                Double r = number(body.substring(0, k));
                Double i = imagNumber(body.substring(k));
                if (r != null && i != null) {
                    return new PyComplex(r, i);
                }
                return null;
            }
        }
        Double i = imagNumber(body);
        return i == null ? null : new PyComplex(0, i);
    }

    private static boolean validUnderscores(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) == '\u0000') {
                if (k == 0 || k == s.length() - 1 || !Character.isDigit(s.charAt(k - 1)) || !Character.isDigit(s.charAt(k + 1))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Double imagNumber(String s) {
        if (s.equals("+") || s.isEmpty()) {
            return 1.0;
        }
        if (s.equals("-")) {
            return -1.0;
        }
        return number(s);
    }

    private static Double number(String s) {
        if (s.isEmpty() || s.strip().length() != s.length()) {
            return null;
        }
        String t = s.toLowerCase();
        String u = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
        double sign = t.startsWith("-") ? -1 : 1;
        if (u.equals("inf") || u.equals("infinity")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (u.equals("nan")) {
            return Double.NaN;
        }
        if (!u.matches("(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?")) {
            return null;
        }
        return sign * Double.parseDouble(u);
    }

    // ---- behaviour ---------------------------------------------------------------------------

    public double abs() {
        if (Double.isInfinite(real) || Double.isInfinite(imag)) {
            return Double.POSITIVE_INFINITY;
        }
        double r = Math.hypot(real, imag);
        if (Double.isInfinite(r)) {
            throw Errors.of(Exceptions.OVERFLOW_ERROR, "absolute value too large");
        }
        return r;
    }

    @Override
    public boolean isTrue() {
        return real != 0 || imag != 0;
    }

    @Override
    public PyObject negative() {
        return new PyComplex(-real, -imag);
    }

    @Override
    public PyObject positive() {
        return new PyComplex(real, imag);
    }

    /** The other operand as a complex, or null when it is not a number complex arithmetic takes. */
    private static PyComplex operand(PyObject o) {
        if (o instanceof PyComplex c) {
            return c;
        }
        if (o instanceof PyFloat f) {
            return new PyComplex(f.value, 0);
        }
        if (o instanceof PyInt i) {
            return new PyComplex(i.toDouble(), 0);
        }
        return null;
    }

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other) {
        PyComplex b = operand(other);
        return b == null ? PyNotImplemented.INSTANCE : arith(op, this, b);
    }

    @Override
    public PyObject reflectedBinaryOp(BinaryOp op, PyObject other) {
        PyComplex a = operand(other);
        return a == null ? PyNotImplemented.INSTANCE : arith(op, a, this);
    }

    static PyObject arith(BinaryOp op, PyComplex a, PyComplex b) {
        switch (op) {
            case ADD: return new PyComplex(a.real + b.real, a.imag + b.imag);
            case SUB: return new PyComplex(a.real - b.real, a.imag - b.imag);
            case MUL: return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
            case TRUEDIV: return divide(a, b);
            case POW: return pow(a, b);
            default: return PyNotImplemented.INSTANCE;
        }
    }

    /** CPython's _Py_c_quot (Smith's method). */
    private static PyComplex divide(PyComplex a, PyComplex b) {
        double absBr = Math.abs(b.real);
        double absBi = Math.abs(b.imag);
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                throw Errors.zeroDivision("complex division by zero");
            }
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
        }
        if (absBi >= absBr) {
            double ratio = b.real / b.imag;
            double denom = b.real * ratio + b.imag;
            return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    private static PyComplex pow(PyComplex a, PyComplex b) {
        if (b.imag == 0 && b.real == Math.rint(b.real) && Math.abs(b.real) <= 100) {
            int n = (int) b.real;
            PyComplex r = powi(a, Math.abs(n));
            if (n < 0) {
                if (r.real == 0 && r.imag == 0) {
                    throw Errors.zeroDivision("0.0 to a negative or complex power");
                }
                return divide(new PyComplex(1, 0), r);
            }
            return r;
        }
        if (b.real == 0 && b.imag == 0) {
            return new PyComplex(1, 0);
        }
        if (a.real == 0 && a.imag == 0) {
            if (b.imag != 0 || b.real < 0) {
                throw Errors.zeroDivision("0.0 to a negative or complex power");
            }
            return new PyComplex(0, 0);
        }
        double vabs = Math.hypot(a.real, a.imag);
        double len = Math.pow(vabs, b.real);
        double at = Math.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= Math.exp(at * b.imag);
            phase += b.imag * Math.log(vabs);
        }
        PyComplex r = new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
        if (Double.isInfinite(r.real) || Double.isInfinite(r.imag)) {
            throw Errors.of(Exceptions.OVERFLOW_ERROR, "complex exponentiation");
        }
        return r;
    }

    private static PyComplex powi(PyComplex x, int n) {
        PyComplex r = new PyComplex(1, 0);
        PyComplex p = x;
        int mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                r = (PyComplex) arith(BinaryOp.MUL, r, p);
            }
            mask <<= 1;
            p = (PyComplex) arith(BinaryOp.MUL, p, p);
        }
        return r;
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            return PyNotImplemented.INSTANCE;
        }
        boolean eq;
        if (other instanceof PyComplex c) {
            eq = real == c.real && imag == c.imag;
        } else if (other instanceof PyFloat f) {
            eq = imag == 0 && real == f.value;
        } else if (other instanceof PyInt i) {
            eq = imag == 0 && Ops.eq(new PyFloat(real), i);
        } else {
            return PyNotImplemented.INSTANCE;
        }
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }

    @Override
    public long hash() {
        long h = PyFloat.hashDouble(real) + 1000003L * PyFloat.hashDouble(imag);
        // CPython computes in a machine word modulo 2**64 and never returns -1
        return h == -1 ? -2 : h;
    }

    // ---- text ---------------------------------------------------------------------------------

    /** A part as complex's repr shows it: float repr without a trailing ".0". */
    private static String part(double d) {
        String s = FloatFormat.repr(d);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    @Override
    public PyStr repr() {
        if (real == 0 && Math.copySign(1.0, real) > 0) {
            return new PyStr(part(imag) + "j");
        }
        String im = part(imag);
        String sign = im.startsWith("-") ? "" : "+";
        return new PyStr("(" + part(real) + sign + im + "j)");
    }

    /** format(c, spec): the float presentation types applied to each part. */
    String format(String spec) {
        if (spec.isEmpty()) {
            return str().value;
        }
        char last = spec.charAt(spec.length() - 1);
        String floatSpec = Character.isLetter(last) ? spec : spec + "g";
        String width = "";
        int i = 0;
        // alignment, width and the like apply to the whole: peel them off the part format
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^((?:.?[<>^=])?)([+\\- ]?)(z?)(#?)(0?)(\\d*)([,_]?)((?:\\.\\d+)?)([eEfFgGn%]?)$").matcher(floatSpec);
        if (!m.matches()) {
            throw Errors.valueError("Invalid format specifier '" + spec + "' for object of type 'complex'");
        }
        String partSpec = m.group(2) + m.group(4) + m.group(7) + m.group(8) + m.group(9);
        String imagSpec = (m.group(2).isEmpty() ? "+" : m.group(2).equals("-") ? "+" : m.group(2)) + m.group(4) + m.group(7) + m.group(8) + m.group(9);
        String body;
        boolean bare = !Character.isLetter(last);
        if (real == 0 && Math.copySign(1.0, real) > 0 && bare) {
            body = StrFormat.format(new PyFloat(imag), partSpec).value + "j";
        } else {
            String r = StrFormat.format(new PyFloat(real), partSpec).value;
            String im = StrFormat.format(new PyFloat(imag), imagSpec).value;
            body = bare ? "(" + r + im + "j)" : r + im + "j";
        }
        String whole = m.group(1) + m.group(6);
        return whole.isEmpty() ? body : StrFormat.format(new PyStr(body), whole.isEmpty() ? "" : (m.group(1).isEmpty() ? ">" : m.group(1)) + m.group(6)).value;
    }
}
