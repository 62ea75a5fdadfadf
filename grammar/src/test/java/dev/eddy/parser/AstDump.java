package dev.eddy.parser;

import dev.eddy.ast.Constant;
import dev.eddy.ast.Pos;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The canonical AST dump that src/test/oracle/oracle.py writes from CPython's ast module. */
final class AstDump {
    private AstDump() {
    }

    static String dump(Object x) {
        StringBuilder sb = new StringBuilder();
        dump(x, sb);
        return sb.toString();
    }

    private static void dump(Object x, StringBuilder sb) {
        if (x == null) {
            sb.append("None");
        } else if (x instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                dump(l.get(i), sb);
            }
            sb.append(']');
        } else if (x == Constant.Singleton.NONE) {
            sb.append("None");
        } else if (x == Constant.Singleton.ELLIPSIS) {
            sb.append("Ellipsis");
        } else if (x instanceof Enum<?> e) {
            sb.append(e.name());
        } else if (x instanceof Boolean b) {
            sb.append(b ? "True" : "False");
        } else if (x instanceof Long || x instanceof Integer || x instanceof BigInteger) {
            sb.append(x);
        } else if (x instanceof Double d) {
            sb.append('f').append(Long.toHexString(Double.doubleToRawLongBits(d)));
        } else if (x instanceof String s) {
            json(s, sb);
        } else if (x instanceof byte[] b) {
            sb.append('b');
            for (byte v : b) {
                sb.append(String.format("%02x", v & 0xff));
            }
        } else if (x instanceof Record r) {
            record(r, sb);
        } else {
            throw new IllegalArgumentException(x.getClass().getName());
        }
    }

    private static void record(Record r, StringBuilder sb) {
        sb.append(r.getClass().getSimpleName()).append('(');
        RecordComponent[] comps = r.getClass().getRecordComponents();
        RecordComponent[] sorted = Arrays.stream(comps).filter(c -> !c.getName().equals("pos"))
                .sorted(Comparator.comparing(RecordComponent::getName)).toArray(RecordComponent[]::new);
        try {
            boolean first = true;
            for (RecordComponent c : sorted) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(c.getName()).append('=');
                dump(c.getAccessor().invoke(r), sb);
            }
            for (RecordComponent c : comps) {
                if (c.getName().equals("pos")) {
                    Pos p = (Pos) c.getAccessor().invoke(r);
                    if (!first) {
                        sb.append(", ");
                    }
                    sb.append('@').append(p.line()).append(':').append(p.col()).append('-').append(p.endLine())
                            .append(':').append(p.endCol());
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        sb.append(')');
    }

    /** As Python's json.dumps with ensure_ascii. */
    private static void json(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
