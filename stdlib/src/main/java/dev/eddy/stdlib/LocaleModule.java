package dev.eddy.stdlib;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.InterpreterState;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;
import dev.eddy.runtime.Sys;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The _locale module for the locales every Linux system has: C (also spelled POSIX) and
 * C.UTF-8. setlocale keeps a name per category (LC_CTYPE starts from the environment, coerced
 * to C.UTF-8 as CPython does, the others are C); localeconv and nl_langinfo give the C
 * locale's conventions; the gettext functions translate nothing.
 */
public final class LocaleModule implements ModuleProvider {
    static final PyType ERROR = Mod.type("locale", "Error", Exceptions.EXCEPTION, null);

    /** glibc's categories in the order a composite LC_ALL name lists them, with their numbers. */
    private static final String[] CATEGORY_NAMES = {"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE",
            "LC_MONETARY", "LC_MESSAGES", "LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE",
            "LC_MEASUREMENT", "LC_IDENTIFICATION"};
    private static final int[] CATEGORY_NUMBERS = {0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12};
    private static final int LC_ALL = 6;
    private static final int CHAR_MAX = 127;

    /** The locale name of each category in one interpreter. */
    private static final class State {
        final String[] names = new String[CATEGORY_NAMES.length];

        State() {
            java.util.Arrays.fill(names, "C");
            String ctype = fromEnvironment(0);
            names[0] = ctype == null || ctype.equals("C") || ctype.equals("POSIX") ? "C.UTF-8" : ctype;
        }
    }

    private static State state() {
        return InterpreterState.current().extension(State.class, State::new);
    }

    @Override
    public String name() {
        return "_locale";
    }

    /** The locale the environment gives a category (LC_ALL, then LC_xxx, then LANG), or null when it names none Eddy has. */
    private static String fromEnvironment(int index) {
        Map<String, String> env = Sys.get().env;
        String v = env.get("LC_ALL");
        if (v == null || v.isEmpty()) {
            v = env.get(CATEGORY_NAMES[index]);
        }
        if (v == null || v.isEmpty()) {
            v = env.get("LANG");
        }
        if (v == null || v.isEmpty()) {
            return "C";
        }
        return known(v);
    }

    /** The name setlocale reports for a locale it accepts, or null. */
    private static String known(String name) {
        switch (name) {
            case "C":
            case "POSIX":
                return "C";
            case "C.UTF-8":
            case "C.utf8":
            case "C.UTF8":
            case "C.utf-8":
                return name;
            default:
                return null;
        }
    }

    private static boolean utf8(String name) {
        return !name.equals("C");
    }

    private static int categoryIndex(int category) {
        for (int i = 0; i < CATEGORY_NUMBERS.length; i++) {
            if (CATEGORY_NUMBERS[i] == category) {
                return i;
            }
        }
        return -1;
    }

    private static PyException unsupported() {
        return new PyException(dev.eddy.runtime.Exceptions.make(ERROR, "unsupported locale setting"));
    }

    private static String setlocale(int category, PyObject value) {
        State st = state();
        int index = category == LC_ALL ? -1 : categoryIndex(category);
        if (category != LC_ALL && index < 0) {
            throw unsupported();
        }
        synchronized (st) {
            if (value != null && value != PyNone.NONE) {
                if (!(value instanceof PyStr s)) {
                    throw Errors.typeError("setlocale() argument 2 must be str or None, not " + value.type().name);
                }
                String[] next = st.names.clone();
                for (int i = 0; i < next.length; i++) {
                    if (index >= 0 && i != index) {
                        continue;
                    }
                    String n = s.value.isEmpty() ? fromEnvironment(i) : known(s.value);
                    if (n == null) {
                        throw unsupported();
                    }
                    next[i] = n;
                }
                System.arraycopy(next, 0, st.names, 0, next.length);
            }
            if (index >= 0) {
                return st.names[index];
            }
            boolean same = true;
            for (String n : st.names) {
                same &= n.equals(st.names[0]);
            }
            if (same) {
                return st.names[0];
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < st.names.length; i++) {
                sb.append(i == 0 ? "" : ";").append(CATEGORY_NAMES[i]).append('=').append(st.names[i]);
            }
            return sb.toString();
        }
    }

    private static PyDict localeconv() {
        PyDict d = new PyDict();
        for (String k : new String[] {"int_curr_symbol", "currency_symbol", "mon_decimal_point", "mon_thousands_sep"}) {
            d.put(k, PyStr.EMPTY);
        }
        d.put("mon_grouping", new PyList());
        d.put("positive_sign", PyStr.EMPTY);
        d.put("negative_sign", PyStr.EMPTY);
        for (String k : new String[] {"int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space",
                "n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn"}) {
            d.put(k, PyInt.of(CHAR_MAX));
        }
        d.put("decimal_point", new PyStr("."));
        d.put("thousands_sep", PyStr.EMPTY);
        d.put("grouping", new PyList());
        return d;
    }

    /** nl_langinfo's items: glibc's numbers and the C locale's values. */
    private static final Map<String, Integer> LANGINFO_NUMBERS = new LinkedHashMap<>();
    private static final Map<Integer, String> LANGINFO_VALUES = new LinkedHashMap<>();
    private static final int CODESET = 14;

    private static void item(String name, int number, String value) {
        LANGINFO_NUMBERS.put(name, number);
        LANGINFO_VALUES.put(number, value);
    }

    static {
        String[] days = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
        String[] months = {"January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"};
        for (int i = 0; i < 7; i++) {
            item("ABDAY_" + (i + 1), 0x20000 + i, days[i].substring(0, 3));
            item("DAY_" + (i + 1), 0x20007 + i, days[i]);
        }
        for (int i = 0; i < 12; i++) {
            item("ABMON_" + (i + 1), 0x2000e + i, months[i].substring(0, 3));
            item("MON_" + (i + 1), 0x2001a + i, months[i]);
        }
        item("AM_STR", 0x20026, "AM");
        item("PM_STR", 0x20027, "PM");
        item("D_T_FMT", 0x20028, "%a %b %e %H:%M:%S %Y");
        item("D_FMT", 0x20029, "%m/%d/%y");
        item("T_FMT", 0x2002a, "%H:%M:%S");
        item("T_FMT_AMPM", 0x2002b, "%I:%M:%S %p");
        item("ERA", 0x2002c, "");
        item("ERA_D_FMT", 0x2002e, "");
        item("ALT_DIGITS", 0x2002f, "");
        item("ERA_D_T_FMT", 0x20030, "");
        item("ERA_T_FMT", 0x20031, "");
        item("_DATE_FMT", 0x2006c, "%a %b %e %H:%M:%S %Z %Y");
        item("RADIXCHAR", 0x10000, ".");
        item("THOUSEP", 0x10001, "");
        item("YESEXPR", 0x50000, "^[yY]");
        item("NOEXPR", 0x50001, "^[nN]");
        item("CRNCYSTR", 0x4000f, "-");
        LANGINFO_NUMBERS.put("CODESET", CODESET);
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_locale");
        for (int i = 0; i < CATEGORY_NAMES.length && CATEGORY_NUMBERS[i] <= 5; i++) {
            m.set(CATEGORY_NAMES[i], PyInt.of(CATEGORY_NUMBERS[i]));
        }
        m.set("LC_ALL", PyInt.of(LC_ALL));
        m.set("CHAR_MAX", PyInt.of(CHAR_MAX));
        m.set("Error", ERROR);
        LANGINFO_NUMBERS.forEach((k, v) -> m.set(k, PyInt.of(v)));
        Mod.def(m, "setlocale", (a, kw) -> {
            PyObject[] p = Args.bind("setlocale", a, kw, new String[] {"category", "locale"}, 1);
            return new PyStr(setlocale(Ops.toInt(p[0]), p[1]));
        });
        Mod.def(m, "localeconv", (a, kw) -> {
            Args.check("localeconv", a, kw, 0, 0);
            return localeconv();
        });
        Mod.def(m, "nl_langinfo", (a, kw) -> {
            Args.check("nl_langinfo", a, kw, 1, 1);
            int key = Ops.toInt(a[0]);
            if (key == CODESET) {
                return new PyStr(utf8(state().names[0]) ? "UTF-8" : "ANSI_X3.4-1968");
            }
            String v = LANGINFO_VALUES.get(key);
            if (v == null) {
                throw Errors.valueError("unsupported langinfo constant");
            }
            return new PyStr(v);
        });
        Mod.def(m, "getencoding", (a, kw) -> {
            Args.check("getencoding", a, kw, 0, 0);
            return new PyStr(utf8(state().names[0]) ? "UTF-8" : "ANSI_X3.4-1968");
        });
        Mod.def(m, "strcoll", (a, kw) -> {
            Args.check("strcoll", a, kw, 2, 2);
            // the C locale collates by code point
            Mod.str(a[0], "strcoll() argument 1");
            Mod.str(a[1], "strcoll() argument 2");
            return PyInt.of(Integer.signum(((PyStr) a[0]).compareTo((PyStr) a[1])));
        });
        Mod.def(m, "strxfrm", (a, kw) -> {
            Args.check("strxfrm", a, kw, 1, 1);
            return new PyStr(Mod.str(a[0], "strxfrm() argument"));
        });
        Mod.def(m, "gettext", (a, kw) -> {
            Args.check("gettext", a, kw, 1, 1);
            return a[0];
        });
        Mod.def(m, "dgettext", (a, kw) -> {
            Args.check("dgettext", a, kw, 2, 2);
            return a[1];
        });
        Mod.def(m, "dcgettext", (a, kw) -> {
            Args.check("dcgettext", a, kw, 3, 3);
            return a[1];
        });
        Mod.def(m, "textdomain", (a, kw) -> {
            Args.check("textdomain", a, kw, 1, 1);
            return a[0] == PyNone.NONE ? new PyStr("messages") : a[0];
        });
        Mod.def(m, "bindtextdomain", (a, kw) -> {
            Args.check("bindtextdomain", a, kw, 2, 2);
            return a[1] == PyNone.NONE ? new PyStr("/usr/share/locale") : a[1];
        });
        Mod.def(m, "bind_textdomain_codeset", (a, kw) -> {
            Args.check("bind_textdomain_codeset", a, kw, 2, 2);
            return a[1];
        });
        return m;
    }
}
