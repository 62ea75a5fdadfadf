package dev.eddy.stdlib.net;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;
import dev.eddy.stdlib.io.OsState;
import dev.eddy.stdlib.io.Paths;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.net.UnixDomainSocketAddress;
import java.util.ArrayList;
import java.util.List;

/** Socket addresses between their Python form (tuples, paths) and Java's, and name lookups. */
final class Addresses {
    private Addresses() {
    }

    /** socket.gaierror: an address lookup failed. */
    static final PyType GAIERROR = new PyType("gaierror", new PyType[] {Exceptions.OS_ERROR}, null, false);
    /** socket.herror: a host lookup failed. */
    static final PyType HERROR = new PyType("herror", new PyType[] {Exceptions.OS_ERROR}, null, false);

    static {
        GAIERROR.module = "socket";
        HERROR.module = "socket";
    }

    static PyException gaierror(int code, String message) {
        return new PyException((PyBaseException) GAIERROR.call(new PyObject[] {PyInt.of(code), new PyStr(message)}, null));
    }

    static PyException unknownName() {
        return gaierror(-2, "Name or service not known");
    }

    /** The addresses {@code host} names, IPv4 or IPv6 as {@code family} asks (0: both). */
    static List<InetAddress> lookup(String host, int family) {
        List<InetAddress> out = new ArrayList<>();
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (family == 0 || (family == SocketModule.AF_INET) == (a instanceof Inet4Address)) {
                    out.add(a);
                }
            }
        } catch (UnknownHostException e) {
            throw unknownName();
        }
        if (out.isEmpty()) {
            throw gaierror(-9, "Address family for hostname not supported");
        }
        return out;
    }

    /** One address for a host part of a socket address ('' is any, '<broadcast>' broadcast). */
    static InetAddress host(String host, int family) {
        boolean v6 = family == SocketModule.AF_INET6;
        if (host.isEmpty()) {
            host = v6 ? "::" : "0.0.0.0";
        } else if (host.equals("<broadcast>")) {
            host = "255.255.255.255";
        }
        return lookup(host, v6 ? SocketModule.AF_INET6 : SocketModule.AF_INET).get(0);
    }

    static String hostText(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        if (o instanceof PyBytes b) {
            return new String(b.bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        throw Errors.typeError("str, bytes or bytearray expected, not " + o.type().name);
    }

    /** The Java address for a Python one, checked as CPython's {@code fn}() checks it. */
    static SocketAddress toJava(int family, PyObject address, String fn) {
        if (family == SocketModule.AF_UNIX) {
            if (!(address instanceof PyStr) && !(address instanceof PyBytes)) {
                throw Errors.typeError("a bytes-like object is required, not '" + address.type().name + "'");
            }
            String path = Paths.fsPath(address);
            return UnixDomainSocketAddress.of(path.isEmpty() ? path : OsState.current().resolve(path).toString());
        }
        String fam = family == SocketModule.AF_INET6 ? "AF_INET6" : "AF_INET";
        if (!(address instanceof PyTuple t)) {
            throw Errors.typeError(fn + "(): " + fam + " address must be tuple, not " + address.type().name);
        }
        PyObject[] items = t.items;
        int max = family == SocketModule.AF_INET6 ? 4 : 2;
        if (items.length < 2 || items.length > max) {
            if (family == SocketModule.AF_INET6) {
                throw Errors.typeError("AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
            }
            throw Errors.typeError("AF_INET address must be a pair (host, port)");
        }
        String host = hostText(items[0]);
        if (!(items[1] instanceof PyInt)) {
            throw Errors.typeError("'" + items[1].type().name + "' object cannot be interpreted as an integer");
        }
        long port = Ops.index(items[1], null).toBig().max(java.math.BigInteger.valueOf(-1)).min(java.math.BigInteger.valueOf(70000)).longValue();
        if (port < 0 || port > 65535) {
            throw Errors.overflow(fn + "(): port must be 0-65535.");
        }
        return new InetSocketAddress(host(host, family), (int) port);
    }

    /** The Python form of a Java address. */
    static PyObject toPython(int family, SocketAddress address) {
        if (address instanceof UnixDomainSocketAddress u) {
            return new PyStr(u.getPath().toString());
        }
        InetSocketAddress in = (InetSocketAddress) address;
        InetAddress a = in.getAddress();
        if (family == SocketModule.AF_INET6 || a instanceof Inet6Address) {
            int scope = a instanceof Inet6Address i6 ? i6.getScopeId() : 0;
            return new PyTuple(new PyObject[] {new PyStr(text(a)), PyInt.of(in.getPort()), PyInt.of(0), PyInt.of(scope)});
        }
        return new PyTuple(new PyObject[] {new PyStr(text(a)), PyInt.of(in.getPort())});
    }

    /** An address as inet_ntop writes it (IPv6 with the longest run of zero groups as ::). */
    static String text(InetAddress a) {
        byte[] b = a.getAddress();
        if (b.length == 4) {
            return (b[0] & 255) + "." + (b[1] & 255) + "." + (b[2] & 255) + "." + (b[3] & 255);
        }
        return ipv6Text(b);
    }

    static String ipv6Text(byte[] b) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = ((b[2 * i] & 255) << 8) | (b[2 * i + 1] & 255);
        }
        // ::ffff:a.b.c.d and ::a.b.c.d are written with the IPv4 part dotted, as glibc does
        boolean mapped = g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0xffff;
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] == 0) {
                int j = i;
                while (j < 8 && g[j] == 0) {
                    j++;
                }
                if (j - i > bestLen) {
                    bestStart = i;
                    bestLen = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        StringBuilder sb = new StringBuilder();
        int end = mapped ? 6 : 8;
        for (int i = 0; i < end; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                if (i >= end - 1) {
                    continue;
                }
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        if (mapped) {
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(b[12] & 255).append('.').append(b[13] & 255).append('.').append(b[14] & 255).append('.').append(b[15] & 255);
        }
        return sb.toString();
    }
}
