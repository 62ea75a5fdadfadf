package dev.eddy.stdlib.net;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.stdlib.io.Errno;
import dev.eddy.stdlib.io.OpenFile;
import dev.eddy.stdlib.io.OsState;

import java.io.IOException;
import java.math.BigInteger;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The _socket module: the socket type, name lookups, address conversions and constants. */
public final class SocketModule implements ModuleProvider {
    static final int AF_UNIX = 1;
    static final int AF_INET = 2;
    static final int AF_INET6 = 10;
    static final int SOCK_STREAM = 1;
    static final int SOCK_DGRAM = 2;
    static final int SOCK_RAW = 3;
    static final int SOCK_NONBLOCK = 2048;
    static final int SOCK_CLOEXEC = 524288;
    static final int SOL_SOCKET = 1;

    /** socket.setdefaulttimeout: seconds, negative for none. */
    /** socket.setdefaulttimeout's value for one interpreter: -1 for none (blocking sockets). */
    static final class DefaultTimeout {
        volatile double seconds = -1;
    }

    /** The calling interpreter's default timeout for new sockets, in seconds (-1: none). */
    static double defaultTimeout() {
        return dev.eddy.runtime.InterpreterState.current().extension(DefaultTimeout.class, DefaultTimeout::new).seconds;
    }

    private static final String[][] CONSTANTS = {
        {"AF_UNSPEC", "0"}, {"AF_INET", "2"}, {"AF_INET6", "10"}, {"AF_UNIX", "1"}, {"SOCK_STREAM", "1"},
        {"SOCK_DGRAM", "2"}, {"SOCK_RAW", "3"}, {"SOCK_SEQPACKET", "5"}, {"SOCK_NONBLOCK", "2048"},
        {"SOCK_CLOEXEC", "524288"}, {"SOL_SOCKET", "1"}, {"SOL_TCP", "6"}, {"SOL_UDP", "17"}, {"SOL_IP", "0"},
        {"IPPROTO_IP", "0"}, {"IPPROTO_TCP", "6"}, {"IPPROTO_UDP", "17"}, {"IPPROTO_IPV6", "41"},
        {"IPPROTO_ICMP", "1"}, {"IPPROTO_RAW", "255"}, {"SO_REUSEADDR", "2"}, {"SO_REUSEPORT", "15"},
        {"SO_KEEPALIVE", "9"}, {"SO_BROADCAST", "6"}, {"SO_RCVBUF", "8"}, {"SO_SNDBUF", "7"}, {"SO_LINGER", "13"},
        {"SO_TYPE", "3"}, {"SO_ERROR", "4"}, {"SO_ACCEPTCONN", "30"}, {"SO_RCVTIMEO", "20"}, {"SO_SNDTIMEO", "21"},
        {"SO_OOBINLINE", "10"}, {"SO_DOMAIN", "39"}, {"SO_PROTOCOL", "38"}, {"TCP_NODELAY", "1"},
        {"TCP_KEEPIDLE", "4"}, {"TCP_KEEPINTVL", "5"}, {"TCP_KEEPCNT", "6"}, {"IPV6_V6ONLY", "26"}, {"IP_TOS", "1"},
        {"IP_TTL", "2"}, {"IP_MULTICAST_TTL", "33"}, {"IP_MULTICAST_LOOP", "34"}, {"SHUT_RD", "0"},
        {"SHUT_WR", "1"}, {"SHUT_RDWR", "2"}, {"SOMAXCONN", "4096"}, {"MSG_PEEK", "2"}, {"MSG_WAITALL", "256"},
        {"MSG_DONTWAIT", "64"}, {"MSG_OOB", "1"}, {"MSG_NOSIGNAL", "16384"}, {"MSG_TRUNC", "32"},
        {"AI_PASSIVE", "1"}, {"AI_CANONNAME", "2"}, {"AI_NUMERICHOST", "4"}, {"AI_NUMERICSERV", "1024"},
        {"AI_ADDRCONFIG", "32"}, {"AI_V4MAPPED", "8"}, {"AI_ALL", "16"}, {"NI_NUMERICHOST", "1"},
        {"NI_NUMERICSERV", "2"}, {"NI_NAMEREQD", "8"}, {"NI_DGRAM", "16"}, {"NI_NOFQDN", "4"},
        {"NI_MAXHOST", "1025"}, {"NI_MAXSERV", "32"}, {"EAI_AGAIN", "-3"}, {"EAI_BADFLAGS", "-1"},
        {"EAI_FAIL", "-4"}, {"EAI_FAMILY", "-6"}, {"EAI_MEMORY", "-10"}, {"EAI_NODATA", "-5"},
        {"EAI_NONAME", "-2"}, {"EAI_SERVICE", "-8"}, {"EAI_SOCKTYPE", "-7"}, {"EAI_SYSTEM", "-11"},
        {"EAI_OVERFLOW", "-12"}, {"EAI_ADDRFAMILY", "-9"}, {"INADDR_ANY", "0"}, {"INADDR_BROADCAST", "4294967295"},
        {"INADDR_LOOPBACK", "2130706433"}, {"INADDR_NONE", "4294967295"},
    };

    /** Well-known TCP services, for getaddrinfo and getservbyname. */
    private static final Map<String, Integer> SERVICES = Map.ofEntries(Map.entry("ftp", 21), Map.entry("ssh", 22),
            Map.entry("telnet", 23), Map.entry("smtp", 25), Map.entry("domain", 53), Map.entry("http", 80),
            Map.entry("pop3", 110), Map.entry("imap", 143), Map.entry("https", 443), Map.entry("imaps", 993));

    @Override
    public String name() {
        return "_socket";
    }

    private static void def(PyModule m, String name, PyBuiltinFunction.Body body) {
        m.set(name, new PyBuiltinFunction(name, body));
    }

    /** A timeout argument: None is -1 (blocking), otherwise non-negative seconds. */
    static double timeoutValue(PyObject o) {
        if (o == PyNone.NONE) {
            return -1;
        }
        double t = o instanceof PyFloat f ? f.value : Ops.index(o, null).toDouble();
        if (Double.isNaN(t)) {
            throw Errors.valueError("Invalid value NaN (not a number)");
        }
        if (t < 0) {
            throw Errors.valueError("Timeout value out of range");
        }
        return t;
    }

    private static long unsigned(PyObject o, String fn, int bits) {
        BigInteger v = Ops.index(o, null).toBig();
        if (v.signum() < 0) {
            throw Errors.overflow(bits == 16 ? fn + ": can't convert negative Python int to C 16-bit unsigned integer"
                    : "can't convert negative value to unsigned int");
        }
        if (v.bitLength() > bits) {
            throw Errors.overflow(bits == 16 ? fn + ": Python int too large to convert to C 16-bit unsigned integer"
                    : "int larger than 32 bits");
        }
        return v.longValue();
    }

    private static PyException illegal(String fn) {
        return Errors.of(Exceptions.OS_ERROR, "illegal IP address string passed to " + fn);
    }

    private static byte[] inetAton(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length < 1 || parts.length > 4) {
            throw illegal("inet_aton");
        }
        long[] v = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            try {
                if (p.startsWith("0x") || p.startsWith("0X")) {
                    v[i] = Long.parseLong(p.substring(2), 16);
                } else if (p.length() > 1 && p.startsWith("0")) {
                    v[i] = Long.parseLong(p.substring(1), 8);
                } else {
                    v[i] = Long.parseLong(p);
                }
            } catch (NumberFormatException e) {
                throw illegal("inet_aton");
            }
            if (v[i] < 0) {
                throw illegal("inet_aton");
            }
        }
        long addr = 0;
        int last = parts.length - 1;
        for (int i = 0; i < last; i++) {
            if (v[i] > 255) {
                throw illegal("inet_aton");
            }
            addr |= v[i] << (24 - 8 * i);
        }
        if (v[last] >= 1L << (8 * (4 - last))) {
            throw illegal("inet_aton");
        }
        addr |= v[last];
        return new byte[] {(byte) (addr >> 24), (byte) (addr >> 16), (byte) (addr >> 8), (byte) addr};
    }

    private static byte[] inetPton(int family, String s) {
        if (family == AF_INET) {
            String[] parts = s.split("\\.", -1);
            if (parts.length != 4) {
                throw illegal("inet_pton");
            }
            byte[] b = new byte[4];
            for (int i = 0; i < 4; i++) {
                if (!parts[i].matches("[0-9]{1,3}") || Integer.parseInt(parts[i]) > 255) {
                    throw illegal("inet_pton");
                }
                b[i] = (byte) Integer.parseInt(parts[i]);
            }
            return b;
        }
        if (family == AF_INET6) {
            if (!s.contains(":") || !s.matches("[0-9A-Fa-f:.]+")) {
                throw illegal("inet_pton");
            }
            try {
                InetAddress a = InetAddress.getByName(s);
                byte[] b = a.getAddress();
                if (b.length == 4) {
                    // Java folds ::ffff:a.b.c.d into IPv4: unfold it
                    byte[] m = new byte[16];
                    m[10] = (byte) 0xff;
                    m[11] = (byte) 0xff;
                    System.arraycopy(b, 0, m, 12, 4);
                    return m;
                }
                return b;
            } catch (IOException e) {
                throw illegal("inet_pton");
            }
        }
        throw Errno.error(97);
    }

    private static int port(PyObject o, int flags) {
        if (o == PyNone.NONE) {
            return 0;
        }
        if (o instanceof PyInt) {
            return Ops.toInt(o);
        }
        String s = o instanceof PyBytes b ? new String(b.bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
                : o instanceof PyStr ps ? ps.value : null;
        if (s == null) {
            throw Errors.of(Exceptions.OS_ERROR, "Int or String expected");
        }
        if (s.matches("[0-9]+")) {
            return Integer.parseInt(s);
        }
        Integer p = SERVICES.get(s);
        if (p == null || (flags & 1024) != 0) {
            throw Addresses.gaierror(-8, "Servname not supported for ai_socktype");
        }
        return p;
    }

    private static PyObject getaddrinfo(PyObject[] a, String[] kw) {
        PyObject[] p = Args.bind("getaddrinfo", a, kw, new String[] {"host", "port", "family", "type", "proto", "flags"}, 2);
        int family = p[2] == null ? 0 : Ops.toInt(p[2]);
        int type = p[3] == null ? 0 : Ops.toInt(p[3]);
        int proto = p[4] == null ? 0 : Ops.toInt(p[4]);
        int flags = p[5] == null ? 0 : Ops.toInt(p[5]);
        if (family != 0 && family != AF_INET && family != AF_INET6) {
            throw Addresses.gaierror(-6, "ai_family not supported");
        }
        int port = port(p[1], flags);
        List<InetAddress> addrs;
        if (p[0] == PyNone.NONE) {
            if (p[1] == PyNone.NONE) {
                throw Addresses.unknownName();
            }
            boolean passive = (flags & 1) != 0;
            addrs = new java.util.ArrayList<>();
            try {
                if (family != AF_INET) {
                    addrs.add(InetAddress.getByName(passive ? "::" : "::1"));
                }
                if (family != AF_INET6) {
                    addrs.add(InetAddress.getByName(passive ? "0.0.0.0" : "127.0.0.1"));
                }
            } catch (IOException e) {
                throw Addresses.unknownName();
            }
        } else {
            String host = Addresses.hostText(p[0]);
            if ((flags & 4) != 0 && !host.matches("[0-9.]+|.*:.*")) {
                throw Addresses.unknownName();
            }
            addrs = Addresses.lookup(host, family);
        }
        boolean namedService = p[1] instanceof PyStr s && !s.value.matches("[0-9]+");
        int[] types = type != 0 ? new int[] {type} : namedService ? new int[] {SOCK_STREAM}
                : new int[] {SOCK_STREAM, SOCK_DGRAM, SOCK_RAW};
        PyList out = new PyList();
        for (InetAddress addr : addrs) {
            int fam = addr instanceof Inet6Address ? AF_INET6 : AF_INET;
            for (int t : types) {
                int pr = proto != 0 ? proto : t == SOCK_STREAM ? 6 : t == SOCK_DGRAM ? 17 : 0;
                out.append(new PyTuple(new PyObject[] {PyInt.of(fam), PyInt.of(t), PyInt.of(pr), new PyStr(""),
                    Addresses.toPython(fam, new java.net.InetSocketAddress(addr, port))}));
            }
        }
        return out;
    }

    /** socketpair: two connected stream sockets (over a listening socket that lives a moment). */
    private static PyObject socketpair(OsState os, PyObject[] a, String[] kw) {
        PyObject[] p = Args.bind("socketpair", a, kw, new String[] {"family", "type", "proto"}, 0);
        int family = p[0] == null ? AF_UNIX : Ops.toInt(p[0]);
        int type = p[1] == null ? SOCK_STREAM : Ops.toInt(p[1]);
        if (type != SOCK_STREAM) {
            throw Errno.error(95);
        }
        try {
            ServerSocketChannel server;
            Path tmp = null;
            if (family == AF_UNIX) {
                tmp = Files.createTempDirectory("eddy-sock").resolve("s");
                server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
                server.bind(UnixDomainSocketAddress.of(tmp));
            } else {
                server = ServerSocketChannel.open(family == AF_INET6 ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
                server.bind(new java.net.InetSocketAddress(InetAddress.getByName(family == AF_INET6 ? "::1" : "127.0.0.1"), 0));
            }
            SocketChannel one = SocketChannel.open(server.getLocalAddress());
            SocketChannel two = server.accept();
            server.close();
            if (tmp != null) {
                Files.deleteIfExists(tmp);
                Files.deleteIfExists(tmp.getParent());
            }
            SocketHandle h1 = new SocketHandle(family, one);
            SocketHandle h2 = new SocketHandle(family, two);
            int fd1 = os.add(OpenFile.of(h1, true, true));
            int fd2 = os.add(OpenFile.of(h2, true, true));
            return new PyTuple(new PyObject[] {PySocket.adopt(fd1, h1), PySocket.adopt(fd2, h2)});
        } catch (IOException e) {
            throw Errno.error(e, null);
        }
    }

    @Override
    public PyModule create() {
        OsState os = OsState.current();
        PyModule m = new PyModule("_socket");
        for (String[] c : CONSTANTS) {
            m.set(c[0], PyInt.of(Long.parseLong(c[1])));
        }
        m.set("socket", PySocket.TYPE);
        m.set("SocketType", PySocket.TYPE);
        m.set("error", Exceptions.OS_ERROR);
        m.set("timeout", Exceptions.TIMEOUT_ERROR);
        m.set("gaierror", Addresses.GAIERROR);
        m.set("herror", Addresses.HERROR);
        m.set("has_ipv6", PyBool.TRUE);
        def(m, "getdefaulttimeout", (a, kw) -> defaultTimeout() < 0 ? PyNone.NONE : new PyFloat(defaultTimeout()));
        def(m, "setdefaulttimeout", (a, kw) -> {
            Args.check("setdefaulttimeout", a, kw, 1, 1);
            dev.eddy.runtime.InterpreterState.current().extension(DefaultTimeout.class, DefaultTimeout::new).seconds = timeoutValue(a[0]);
            return PyNone.NONE;
        });
        def(m, "socketpair", (a, kw) -> socketpair(os, a, kw));
        def(m, "dup", (a, kw) -> {
            Args.check("dup", a, kw, 1, 1);
            return PyInt.of(os.dup(Ops.toInt(a[0])));
        });
        def(m, "close", (a, kw) -> {
            Args.check("close", a, kw, 1, 1);
            os.close(Ops.toInt(a[0]));
            return PyNone.NONE;
        });
        def(m, "getaddrinfo", SocketModule::getaddrinfo);
        def(m, "gethostname", (a, kw) -> {
            try {
                return new PyStr(InetAddress.getLocalHost().getHostName());
            } catch (IOException e) {
                return new PyStr("localhost");
            }
        });
        def(m, "gethostbyname", (a, kw) -> {
            Args.check("gethostbyname", a, kw, 1, 1);
            return new PyStr(Addresses.text(Addresses.lookup(Addresses.hostText(a[0]), AF_INET).get(0)));
        });
        def(m, "gethostbyname_ex", (a, kw) -> {
            Args.check("gethostbyname_ex", a, kw, 1, 1);
            String host = Addresses.hostText(a[0]);
            PyList ips = new PyList();
            for (InetAddress ad : Addresses.lookup(host, AF_INET)) {
                ips.append(new PyStr(Addresses.text(ad)));
            }
            return new PyTuple(new PyObject[] {new PyStr(host), new PyList(), ips});
        });
        def(m, "gethostbyaddr", (a, kw) -> {
            Args.check("gethostbyaddr", a, kw, 1, 1);
            InetAddress ad = Addresses.lookup(Addresses.hostText(a[0]), 0).get(0);
            String name = ad.getCanonicalHostName();
            PyList ips = new PyList();
            ips.append(new PyStr(Addresses.text(ad)));
            return new PyTuple(new PyObject[] {new PyStr(name), new PyList(), ips});
        });
        def(m, "getservbyname", (a, kw) -> {
            Args.check("getservbyname", a, kw, 1, 2);
            Integer p = SERVICES.get(Addresses.hostText(a[0]));
            if (p == null) {
                throw Errors.of(Exceptions.OS_ERROR, "service/proto not found");
            }
            return PyInt.of(p);
        });
        def(m, "inet_aton", (a, kw) -> {
            Args.check("inet_aton", a, kw, 1, 1);
            return new PyBytes(inetAton(Addresses.hostText(a[0])));
        });
        def(m, "inet_ntoa", (a, kw) -> {
            Args.check("inet_ntoa", a, kw, 1, 1);
            if (!(a[0] instanceof PyBytes b)) {
                throw Errors.typeError("a bytes-like object is required, not '" + a[0].type().name + "'");
            }
            if (b.bytes.length != 4) {
                throw Errors.of(Exceptions.OS_ERROR, "packed IP wrong length for inet_ntoa");
            }
            byte[] x = b.bytes;
            return new PyStr((x[0] & 255) + "." + (x[1] & 255) + "." + (x[2] & 255) + "." + (x[3] & 255));
        });
        def(m, "inet_pton", (a, kw) -> {
            Args.check("inet_pton", a, kw, 2, 2);
            return new PyBytes(inetPton(Ops.toInt(a[0]), Addresses.hostText(a[1])));
        });
        def(m, "inet_ntop", (a, kw) -> {
            Args.check("inet_ntop", a, kw, 2, 2);
            int family = Ops.toInt(a[0]);
            if (!(a[1] instanceof PyBytes b)) {
                throw Errors.typeError("a bytes-like object is required, not '" + a[1].type().name + "'");
            }
            if (family != AF_INET && family != AF_INET6) {
                throw Errors.valueError("unknown address family " + family);
            }
            if (b.bytes.length != (family == AF_INET ? 4 : 16)) {
                throw Errors.valueError("invalid length of packed IP address string");
            }
            if (family == AF_INET) {
                byte[] x = b.bytes;
                return new PyStr((x[0] & 255) + "." + (x[1] & 255) + "." + (x[2] & 255) + "." + (x[3] & 255));
            }
            return new PyStr(Addresses.ipv6Text(b.bytes));
        });
        def(m, "htons", (a, kw) -> {
            Args.check("htons", a, kw, 1, 1);
            long v = unsigned(a[0], "htons", 16);
            return PyInt.of(((v & 0xff) << 8) | ((v >> 8) & 0xff));
        });
        def(m, "ntohs", (a, kw) -> {
            Args.check("ntohs", a, kw, 1, 1);
            long v = unsigned(a[0], "ntohs", 16);
            return PyInt.of(((v & 0xff) << 8) | ((v >> 8) & 0xff));
        });
        PyBuiltinFunction.Body swap32 = (a, kw) -> {
            Args.check("htonl", a, kw, 1, 1);
            long v = unsigned(a[0], "htonl", 32);
            return PyInt.of(Integer.toUnsignedLong(Integer.reverseBytes((int) v)));
        };
        def(m, "htonl", swap32);
        def(m, "ntohl", swap32);
        return m;
    }
}
