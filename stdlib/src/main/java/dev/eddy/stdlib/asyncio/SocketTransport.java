package dev.eddy.stdlib.asyncio;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;

/**
 * A TCP connection's transport (selector_events._SelectorSocketTransport): reads feed
 * protocol.data_received / eof_received, writes go out at once or are buffered until the
 * selector says the socket is writable, with pause_writing/resume_writing flow control.
 */
final class SocketTransport extends PyObject implements IoRegistration {
    static final PyType TYPE = PyType.builtin("_SelectorSocketTransport", PyType.OBJECT, null);
    private static final int MAX_SIZE = 256 * 1024;

    private final EventLoop loop;
    private final JavaSocket sock;
    private final SocketChannel channel;
    PyObject protocol;
    private final PyObject server;
    private final PyDict extra = new PyDict();
    private final ArrayDeque<ByteBuffer> buffer = new ArrayDeque<>();
    private long bufferSize;
    private int connLost;
    private boolean closing;
    private boolean paused;
    private boolean eof;
    private boolean socketClosed;
    private boolean protocolPaused;
    private long highWater = 64 * 1024;
    private long lowWater = 16 * 1024;
    private SelectionKey key;
    private boolean reading;
    private boolean writing;
    private final Handle readHandle;
    private final Handle writeHandle;

    SocketTransport(EventLoop loop, JavaSocket sock, PyObject protocol, PyObject waiter, PyObject server) {
        this.loop = loop;
        this.sock = sock;
        this.channel = (SocketChannel) sock.channel;
        this.protocol = protocol;
        this.server = server == null ? PyNone.NONE : server;
        try {
            channel.configureBlocking(false);
            channel.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
        } catch (IOException e) {
            throw JavaSocket.osError(e);
        }
        extra.put("socket", sock);
        extra.put("sockname", safe(sock::sockname));
        extra.put("peername", safe(sock::peername));
        readHandle = new Handle(callback("_read_ready", this::readReady), dev.eddy.runtime.Args.EMPTY, loop);
        writeHandle = new Handle(callback("_write_ready", this::writeReady), dev.eddy.runtime.Args.EMPTY, loop);
        if (this.server != PyNone.NONE) {
            Ops.callMethod(this.server, "_attach");
        }
        loop.callSoon(protocol.getAttr("connection_made"), new PyObject[] {this});
        loop.callSoon(callback("_add_reader", () -> {
            if (isReading()) {
                setReading(true);
            }
        }), Args.EMPTY);
        if (waiter != null && waiter != PyNone.NONE) {
            loop.callSoon(AsyncioState.get().module.get("_set_result_unless_cancelled"), new PyObject[] {waiter, PyNone.NONE});
        }
    }

    private interface Supplier {
        PyObject get();
    }

    private static PyObject safe(Supplier s) {
        try {
            return s.get();
        } catch (PyException e) {
            return PyNone.NONE;
        }
    }

    /** A loop callback with a readable name, for handle reprs. */
    private PyObject callback(String name, Runnable r) {
        return new LoopCallbackObject(name, r);
    }

    static final class LoopCallbackObject extends PyObject implements Handle.LoopCallback {
        static final PyType TYPE = PyType.builtin("method", PyType.OBJECT, null);
        private final String name;
        private final Runnable body;

        LoopCallbackObject(String name, Runnable body) {
            this.name = name;
            this.body = body;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public void invoke(PyObject[] args) {
            body.run();
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            body.run();
            return PyNone.NONE;
        }

        @Override
        public PyObject lookupAttr(String attr) {
            if (attr.equals("__qualname__")) {
                return new PyStr("_SelectorSocketTransport." + name);
            }
            return super.lookupAttr(attr);
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    // ---- selector interest -----------------------------------------------------------------

    private void updateInterest() {
        int ops = (reading ? SelectionKey.OP_READ : 0) | (writing ? SelectionKey.OP_WRITE : 0);
        if (socketClosed) {
            return;
        }
        try {
            if (key == null) {
                if (ops == 0) {
                    return;
                }
                key = channel.register(loop.selector(), ops, this);
                loop.registeredChannels++;
            } else if (key.isValid()) {
                int before = key.interestOps();
                key.interestOps(ops);
                if (before == 0 && ops != 0) {
                    loop.registeredChannels++;
                } else if (before != 0 && ops == 0) {
                    loop.registeredChannels--;
                }
            }
        } catch (ClosedChannelException e) {
            // closed meanwhile
        }
    }

    private void setReading(boolean on) {
        reading = on;
        updateInterest();
    }

    private void setWriting(boolean on) {
        writing = on;
        updateInterest();
    }

    @Override
    public void ready(SelectionKey k, EventLoop l) {
        if (!k.isValid()) {
            return;
        }
        int r = k.readyOps();
        if ((r & SelectionKey.OP_READ) != 0 && reading) {
            l.addCallback(readHandle);
        }
        if ((r & SelectionKey.OP_WRITE) != 0 && writing) {
            l.addCallback(writeHandle);
        }
    }

    boolean isReading() {
        return !closing && !paused;
    }

    // ---- reading ---------------------------------------------------------------------------

    private void readReady() {
        if (connLost > 0 || !reading) {
            return;
        }
        ByteBuffer bb = ByteBuffer.allocate(MAX_SIZE);
        int n;
        try {
            n = channel.read(bb);
        } catch (IOException e) {
            fatalError(JavaSocket.osError(e).value, "Fatal read error on socket transport");
            return;
        }
        if (n == 0) {
            return;
        }
        if (n < 0) {
            onEof();
            return;
        }
        byte[] data = java.util.Arrays.copyOf(bb.array(), n);
        try {
            Ops.callMethod(protocol, "data_received", new PyBytes(data));
        } catch (PyException e) {
            if (AsyncioErrors.isExit(e.value)) {
                throw e;
            }
            fatalError(e.value, "Fatal error: protocol.data_received() call failed.");
        }
    }

    private void onEof() {
        PyObject keepOpen;
        try {
            keepOpen = Ops.callMethod(protocol, "eof_received");
        } catch (PyException e) {
            if (AsyncioErrors.isExit(e.value)) {
                throw e;
            }
            fatalError(e.value, "Fatal error: protocol.eof_received() call failed.");
            return;
        }
        if (keepOpen.isTrue()) {
            setReading(false);
        } else {
            close();
        }
    }

    // ---- writing ---------------------------------------------------------------------------

    void write(PyObject data) {
        if (!(data instanceof PyBytes b)) {
            throw Errors.typeError("data argument must be a bytes-like object, not '" + data.type().name + "'");
        }
        if (eof) {
            throw Errors.runtimeError("Cannot call write() after write_eof()");
        }
        if (b.bytes.length == 0) {
            return;
        }
        if (connLost > 0) {
            connLost++;
            return;
        }
        ByteBuffer bb = ByteBuffer.wrap(b.bytes);
        if (buffer.isEmpty()) {
            try {
                channel.write(bb);
            } catch (IOException e) {
                fatalError(JavaSocket.osError(e).value, "Fatal write error on socket transport");
                return;
            }
            if (!bb.hasRemaining()) {
                return;
            }
            setWriting(true);
        }
        bufferSize += bb.remaining();
        buffer.add(bb);
        maybePauseProtocol();
    }

    private void writeReady() {
        if (connLost > 0 || buffer.isEmpty()) {
            return;
        }
        try {
            while (!buffer.isEmpty()) {
                ByteBuffer bb = buffer.peek();
                int before = bb.remaining();
                channel.write(bb);
                bufferSize -= before - bb.remaining();
                if (bb.hasRemaining()) {
                    break;
                }
                buffer.poll();
            }
        } catch (IOException e) {
            setWriting(false);
            buffer.clear();
            bufferSize = 0;
            fatalError(JavaSocket.osError(e).value, "Fatal write error on socket transport");
            return;
        }
        maybeResumeProtocol();
        if (buffer.isEmpty()) {
            setWriting(false);
            if (closing) {
                callConnectionLost(null);
            } else if (eof) {
                shutdownOutput();
            }
        }
    }

    private void shutdownOutput() {
        try {
            channel.shutdownOutput();
        } catch (IOException e) {
            // the peer is gone: nothing to half-close
        }
    }

    void writeEof() {
        if (closing || eof) {
            return;
        }
        eof = true;
        if (buffer.isEmpty()) {
            shutdownOutput();
        }
    }

    private void maybePauseProtocol() {
        if (bufferSize <= highWater || protocolPaused) {
            return;
        }
        protocolPaused = true;
        try {
            Ops.callMethod(protocol, "pause_writing");
        } catch (PyException e) {
            if (AsyncioErrors.isExit(e.value)) {
                throw e;
            }
            report("protocol.pause_writing() failed", e.value);
        }
    }

    private void maybeResumeProtocol() {
        if (protocolPaused && bufferSize <= lowWater) {
            protocolPaused = false;
            try {
                Ops.callMethod(protocol, "resume_writing");
            } catch (PyException e) {
                if (AsyncioErrors.isExit(e.value)) {
                    throw e;
                }
                report("protocol.resume_writing() failed", e.value);
            }
        }
    }

    // ---- closing ---------------------------------------------------------------------------

    void close() {
        if (closing) {
            return;
        }
        closing = true;
        setReading(false);
        if (buffer.isEmpty()) {
            connLost++;
            setWriting(false);
            loop.callSoon(callback("_call_connection_lost", () -> callConnectionLost(null)), Args.EMPTY);
        }
    }

    void abort() {
        forceClose(null);
    }

    private void report(String message, PyBaseException exc) {
        PyDict c = new PyDict();
        c.put("message", new PyStr(message));
        c.put("exception", exc);
        c.put("transport", this);
        c.put("protocol", protocol);
        loop.callExceptionHandler(c);
    }

    private void fatalError(PyBaseException exc, String message) {
        if (!exc.type().isSubtypeOf(dev.eddy.runtime.Exceptions.OS_ERROR)) {
            report(message, exc);
        }
        forceClose(exc);
    }

    private void forceClose(PyBaseException exc) {
        if (connLost > 0) {
            return;
        }
        if (!buffer.isEmpty()) {
            buffer.clear();
            bufferSize = 0;
            setWriting(false);
        }
        if (!closing) {
            closing = true;
            setReading(false);
        }
        connLost++;
        loop.callSoon(callback("_call_connection_lost", () -> callConnectionLost(exc)), Args.EMPTY);
    }

    private void callConnectionLost(PyBaseException exc) {
        try {
            Ops.callMethod(protocol, "connection_lost", exc == null ? PyNone.NONE : exc);
        } finally {
            if (key != null) {
                if (key.isValid() && key.interestOps() != 0) {
                    loop.registeredChannels--;
                }
                key.cancel();
            }
            socketClosed = true;
            sock.close();
            if (server != PyNone.NONE) {
                Ops.callMethod(server, "_detach");
            }
        }
    }

    @Override
    public PyStr repr() {
        StringBuilder sb = new StringBuilder("<_SelectorSocketTransport");
        if (socketClosed) {
            sb.append(" closed");
        } else if (closing) {
            sb.append(" closing");
        }
        sb.append(" fd=").append(sock.fd);
        if (!socketClosed && !loop.isClosed()) {
            sb.append(reading ? " read=polling" : " read=idle");
            sb.append(" write=<").append(writing ? "polling" : "idle").append(", bufsize=").append(bufferSize).append('>');
        }
        return new PyStr(sb.append('>').toString());
    }

    static SocketTransport self(PyObject o) {
        return SelfCheck.of(o, SocketTransport.class, "_SelectorSocketTransport");
    }

    static {
        TYPE.module = "asyncio.selector_events";
        TYPE.def("write", (a, kw) -> {
            Args.checkMethod("write", a, kw, 1, 1);
            self(a[0]).write(a[1]);
            return PyNone.NONE;
        });
        TYPE.def("writelines", (a, kw) -> {
            for (PyObject d : Ops.toArray(a[1])) {
                self(a[0]).write(d);
            }
            return PyNone.NONE;
        });
        TYPE.def("write_eof", (a, kw) -> {
            self(a[0]).writeEof();
            return PyNone.NONE;
        });
        TYPE.def("can_write_eof", (a, kw) -> PyBool.TRUE);
        TYPE.def("close", (a, kw) -> {
            self(a[0]).close();
            return PyNone.NONE;
        });
        TYPE.def("abort", (a, kw) -> {
            self(a[0]).abort();
            return PyNone.NONE;
        });
        TYPE.def("is_closing", (a, kw) -> PyBool.of(self(a[0]).closing));
        TYPE.def("is_reading", (a, kw) -> PyBool.of(self(a[0]).isReading()));
        TYPE.def("pause_reading", (a, kw) -> {
            SocketTransport t = self(a[0]);
            if (t.isReading()) {
                t.paused = true;
                t.setReading(false);
            }
            return PyNone.NONE;
        });
        TYPE.def("resume_reading", (a, kw) -> {
            SocketTransport t = self(a[0]);
            if (!t.closing && t.paused) {
                t.paused = false;
                t.setReading(true);
            }
            return PyNone.NONE;
        });
        TYPE.def("get_extra_info", (a, kw) -> {
            PyObject[] p = Args.bind("get_extra_info", java.util.Arrays.copyOfRange(a, 1, a.length), kw, new String[] {"name", "default"}, 1);
            PyObject v = self(a[0]).extra.get(p[0]);
            return v != null ? v : p[1] == null ? PyNone.NONE : p[1];
        });
        TYPE.def("get_protocol", (a, kw) -> self(a[0]).protocol);
        TYPE.def("set_protocol", (a, kw) -> {
            self(a[0]).protocol = a[1];
            return PyNone.NONE;
        });
        TYPE.def("get_write_buffer_size", (a, kw) -> PyInt.of(self(a[0]).bufferSize));
        TYPE.def("get_write_buffer_limits", (a, kw) -> dev.eddy.runtime.PyTuple.of(PyInt.of(self(a[0]).lowWater), PyInt.of(self(a[0]).highWater)));
        TYPE.def("set_write_buffer_limits", (a, kw) -> {
            PyObject[] p = Args.bind("set_write_buffer_limits", java.util.Arrays.copyOfRange(a, 1, a.length), kw, new String[] {"high", "low"}, 0);
            SocketTransport t = self(a[0]);
            long high = p[0] == null || p[0] == PyNone.NONE ? (p[1] == null || p[1] == PyNone.NONE ? 64 * 1024 : 4 * Ops.toInt(p[1])) : Ops.toInt(p[0]);
            long low = p[1] == null || p[1] == PyNone.NONE ? high / 4 : Ops.toInt(p[1]);
            if (!(high >= low && low >= 0)) {
                throw Errors.valueError("high (" + high + ") must be >= low (" + low + ") must be >= 0");
            }
            t.highWater = high;
            t.lowWater = low;
            t.maybePauseProtocol();
            return PyNone.NONE;
        });
        TYPE.def("get_loop", (a, kw) -> self(a[0]).loop);
        TYPE.def("__repr__", (a, kw) -> a[0].repr());
    }
}
