package dev.eddy.stdlib.asyncio;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyInstance;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyProperty;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;
import dev.eddy.stdlib.PyDeque;
import java.util.ArrayDeque;
import java.util.ArrayList;

/**
 * asyncio.Queue, PriorityQueue and LifoQueue (asyncio.queues), in Java because put/get
 * are the hot path of producer/consumer programs. Semantics are CPython's queues.py: FIFO
 * wake-up of waiting getters and putters through futures, maxsize back-pressure,
 * task_done/join. A Python subclass that overrides _init/_put/_get gets them called.
 */
class PyQueue extends PyInstance {
    static final PyType TYPE = PyType.builtin("Queue", PyType.OBJECT, PyQueue::construct);
    static final PyType PRIORITY_TYPE = PyType.builtin("PriorityQueue", TYPE, null);
    static final PyType LIFO_TYPE = PyType.builtin("LifoQueue", TYPE, null);

    private static final int FIFO = 0;
    private static final int PRIORITY = 1;
    private static final int LIFO = 2;
    private static final int CUSTOM = 3;

    private int kind;
    private ArrayDeque<PyObject> fifo;
    private PyList list;
    private PyObject maxsizeObj = PyInt.of(0);
    private long maxsize;
    private boolean maxsizeIsInt = true;
    final ArrayDeque<PyObject> getters = new ArrayDeque<>();
    final ArrayDeque<PyObject> putters = new ArrayDeque<>();
    private long unfinished;
    /** The _finished event: set when unfinished reaches 0; its waiters are join()s. */
    private boolean finishedFlag = true;
    private final ArrayList<PyFuture> joinWaiters = new ArrayList<>();
    private EventLoop boundLoop;

    PyQueue(PyType type) {
        super(type);
    }

    private static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
        PyQueue q = new PyQueue(cls);
        if (!cls.heapType) {
            q.init(a, kw);
        } else {
            q.setup(PyInt.of(0));
        }
        return q;
    }

    private void init(PyObject[] a, String[] kw) {
        PyObject[] p = Args.bind("Queue", a, kw, new String[] {"maxsize"}, 0);
        setup(p[0] == null ? PyInt.of(0) : p[0]);
    }

    private void setup(PyObject maxsize) {
        maxsizeObj = maxsize;
        if (maxsize instanceof PyInt i && !i.isBig()) {
            this.maxsize = i.value;
            maxsizeIsInt = true;
        } else {
            maxsizeIsInt = false;
        }
        kind = kindOf(type);
        fifo = null;
        list = null;
        if (kind == CUSTOM) {
            Ops.callMethod(this, "_init", maxsize);
        } else {
            initStorage();
        }
    }

    private void initStorage() {
        if (kind == FIFO) {
            fifo = new ArrayDeque<>();
        } else {
            list = new PyList();
        }
    }

    private static boolean mine(PyObject f) {
        return f instanceof PyBuiltinFunction bf && (bf.owner == TYPE || bf.owner == PRIORITY_TYPE || bf.owner == LIFO_TYPE);
    }

    private static int kindOf(PyType t) {
        if (t.heapType) {
            PyObject put = t.lookup("_put");
            PyObject get = t.lookup("_get");
            PyObject init = t.lookup("_init");
            if (!mine(put) || !mine(get) || !mine(init)) {
                return CUSTOM;
            }
            t = t.solidBase();
        }
        if (t.isSubtypeOf(PRIORITY_TYPE)) {
            return PRIORITY;
        }
        if (t.isSubtypeOf(LIFO_TYPE)) {
            return LIFO;
        }
        return FIFO;
    }

    // ---- storage -----------------------------------------------------------------------------

    final int qsize() {
        switch (kind) {
            case FIFO: return fifo.size();
            case CUSTOM: return Ops.len(getAttr("_queue"));
            default: return list.size;
        }
    }

    final boolean empty() {
        switch (kind) {
            case FIFO: return fifo.isEmpty();
            case CUSTOM: return !getAttr("_queue").isTrue();
            default: return list.size == 0;
        }
    }

    final boolean full() {
        if (maxsizeIsInt) {
            if (maxsize <= 0) {
                return false;
            }
            return qsize() >= maxsize;
        }
        if (Ops.compareBool(maxsizeObj, PyInt.of(0), dev.eddy.runtime.CompareOp.LE)) {
            return false;
        }
        return Ops.compareBool(PyInt.of(qsize()), maxsizeObj, dev.eddy.runtime.CompareOp.GE);
    }

    private void put(PyObject item) {
        switch (kind) {
            case FIFO:
                fifo.addLast(item);
                return;
            case LIFO:
                list.append(item);
                return;
            case PRIORITY:
                heapPush(list, item);
                return;
            default:
                Ops.callMethod(this, "_put", item);
        }
    }

    private PyObject get() {
        switch (kind) {
            case FIFO: return fifo.pollFirst();
            case LIFO: return list.remove(list.size - 1);
            case PRIORITY: return heapPop(list);
            default: return Ops.callMethod(this, "_get");
        }
    }

    /** heapq.heappush, with heapq's own sift so ties come out in the same order. */
    private static void heapPush(PyList heap, PyObject item) {
        heap.append(item);
        siftDown(heap, 0, heap.size - 1);
    }

    private static PyObject heapPop(PyList heap) {
        PyObject last = heap.remove(heap.size - 1);
        if (heap.size == 0) {
            return last;
        }
        PyObject ret = heap.items[0];
        heap.items[0] = last;
        siftUp(heap, 0);
        return ret;
    }

    private static void siftDown(PyList heap, int startpos, int pos) {
        PyObject newitem = heap.items[pos];
        while (pos > startpos) {
            int parentpos = (pos - 1) >> 1;
            PyObject parent = heap.items[parentpos];
            if (Ops.lt(newitem, parent)) {
                heap.items[pos] = parent;
                pos = parentpos;
                continue;
            }
            break;
        }
        heap.items[pos] = newitem;
    }

    private static void siftUp(PyList heap, int pos) {
        int endpos = heap.size;
        int startpos = pos;
        PyObject newitem = heap.items[pos];
        int childpos = 2 * pos + 1;
        while (childpos < endpos) {
            int rightpos = childpos + 1;
            if (rightpos < endpos && !Ops.lt(heap.items[childpos], heap.items[rightpos])) {
                childpos = rightpos;
            }
            heap.items[pos] = heap.items[childpos];
            pos = childpos;
            childpos = 2 * pos + 1;
        }
        heap.items[pos] = newitem;
        siftDown(heap, startpos, pos);
    }

    // ---- operations ----------------------------------------------------------------------------

    /** _LoopBoundMixin._get_loop. */
    final EventLoop boundLoop() {
        EventLoop loop = EventLoop.running();
        if (boundLoop == null) {
            boundLoop = loop;
        }
        if (loop != boundLoop) {
            throw Errors.runtimeError(repr().value + " is bound to a different event loop");
        }
        return loop;
    }

    static void wakeupNext(ArrayDeque<PyObject> waiters) {
        while (!waiters.isEmpty()) {
            PyObject w = waiters.pollFirst();
            if (!EventLoop.isDoneAny(w)) {
                if (w instanceof PyFuture f && !f.type.heapType) {
                    f.setResult(PyNone.NONE);
                } else {
                    Ops.callMethod(w, "set_result", PyNone.NONE);
                }
                break;
            }
        }
    }

    final void putNowait(PyObject item) {
        if (full()) {
            throw Errors.of(AsyncioErrors.QUEUE_FULL, null);
        }
        put(item);
        unfinished++;
        finishedFlag = false;
        wakeupNext(getters);
    }

    final PyObject getNowait() {
        if (empty()) {
            throw Errors.of(AsyncioErrors.QUEUE_EMPTY, null);
        }
        PyObject item = get();
        wakeupNext(putters);
        return item;
    }

    final void taskDone() {
        if (unfinished <= 0) {
            throw Errors.valueError("task_done() called too many times");
        }
        unfinished--;
        if (unfinished == 0 && !finishedFlag) {
            finishedFlag = true;
            for (PyFuture f : new ArrayList<>(joinWaiters)) {
                if (!f.done()) {
                    f.setResult(PyBool.TRUE);
                }
            }
        }
    }

    /** await queue.put(item) / queue.get(): wait on a future while full / empty. */
    private final class Op extends NativeCoroutine {
        private final boolean isPut;
        private final PyObject item;
        private PyFuture waiter;

        Op(boolean isPut, PyObject item) {
            this.isPut = isPut;
            this.item = item;
        }

        @Override
        String qualname() {
            return isPut ? "Queue.put" : "Queue.get";
        }

        @Override
        protected PyObject step(PyException exc) {
            ArrayDeque<PyObject> waiters = isPut ? putters : getters;
            PyFuture w = waiter;
            if (w != null) {
                if (exc == null) {
                    if (w.state == PyFuture.PENDING) {
                        w.blocking = true;
                        return w;
                    }
                    if (w.state == PyFuture.CANCELLED) {
                        exc = new PyException(w.makeCancelledError());
                    }
                }
                if (exc != null) {
                    w.cancel(PyNone.NONE);
                    waiters.remove(w);
                    if (!(isPut ? full() : empty()) && w.state != PyFuture.CANCELLED) {
                        wakeupNext(waiters);
                    }
                    throw exc;
                }
                waiter = null;
            }
            if (isPut ? full() : empty()) {
                w = new PyFuture(boundLoop());
                w.waitSubject = PyQueue.this;
                w.waitKind = isPut ? "Queue.put" : "Queue.get";
                waiters.addLast(w);
                w.blocking = true;
                waiter = w;
                return w;
            }
            if (isPut) {
                putNowait(item);
                result = PyNone.NONE;
            } else {
                result = getNowait();
            }
            return null;
        }
    }

    /** await queue.join(): Event.wait on the _finished event. */
    private final class Join extends NativeCoroutine {
        private PyFuture waiter;

        @Override
        String qualname() {
            return "Queue.join";
        }

        @Override
        protected PyObject step(PyException exc) {
            PyFuture w = waiter;
            if (w == null) {
                if (exc != null) {
                    throw exc;
                }
                if (unfinished <= 0 || finishedFlag) {
                    return null;
                }
                w = new PyFuture(EventLoop.runningOrRaise());
                w.waitSubject = PyQueue.this;
                w.waitKind = "Queue.join";
                joinWaiters.add(w);
                w.blocking = true;
                waiter = w;
                return w;
            }
            if (exc == null && w.state == PyFuture.PENDING) {
                w.blocking = true;
                return w;
            }
            joinWaiters.remove(w);
            if (exc != null) {
                throw exc;
            }
            w.result();
            result = PyNone.NONE;
            return null;
        }
    }

    // ---- repr ----------------------------------------------------------------------------------

    private PyList itemsList() {
        if (kind == FIFO) {
            return new PyList(fifo.toArray(new PyObject[0]));
        }
        if (kind == CUSTOM) {
            return new PyList(Ops.toArray(getAttr("_queue")));
        }
        return new PyList(list.toArray());
    }

    private String format() {
        StringBuilder sb = new StringBuilder("maxsize=").append(maxsizeObj.repr().value);
        PyObject q = kind == CUSTOM ? lookupAttr("_queue") : (empty() ? null : itemsList());
        if (q != null && q.isTrue()) {
            sb.append(" _queue=").append(new PyList(Ops.toArray(q)).repr().value);
        }
        if (!getters.isEmpty()) {
            sb.append(" _getters[").append(getters.size()).append(']');
        }
        if (!putters.isEmpty()) {
            sb.append(" _putters[").append(putters.size()).append(']');
        }
        if (unfinished != 0) {
            sb.append(" tasks=").append(unfinished);
        }
        return sb.toString();
    }

    private static PyDeque dequeOf(ArrayDeque<PyObject> items) {
        PyDeque d = new PyDeque(-1);
        for (PyObject o : items) {
            d.append(o);
        }
        return d;
    }

    @Override
    protected PyObject specialAttr(String name) {
        switch (name) {
            case "_queue":
                if (kind == FIFO) {
                    return dequeOf(fifo);
                }
                return list == null ? null : list;
            case "_maxsize": return maxsizeObj;
            case "_getters": return dequeOf(getters);
            case "_putters": return dequeOf(putters);
            case "_unfinished_tasks": return PyInt.of(unfinished);
            case "_loop": return boundLoop == null ? PyNone.NONE : boundLoop;
            default: return super.specialAttr(name);
        }
    }

    static PyQueue self(PyObject o) {
        return SelfCheck.of(o, PyQueue.class, "Queue");
    }

    static {
        TYPE.module = "asyncio.queues";
        PRIORITY_TYPE.module = "asyncio.queues";
        LIFO_TYPE.module = "asyncio.queues";
        PyType t = TYPE;
        t.def("__init__", (a, kw) -> {
            self(a[0]).init(java.util.Arrays.copyOfRange(a, 1, a.length), kw);
            return PyNone.NONE;
        });
        t.def("_init", (a, kw) -> {
            PyQueue q = self(a[0]);
            q.initStorage();
            return PyNone.NONE;
        });
        t.def("_put", (a, kw) -> {
            self(a[0]).fifo.addLast(a[1]);
            return PyNone.NONE;
        });
        t.def("_get", (a, kw) -> self(a[0]).fifo.pollFirst());
        PRIORITY_TYPE.def("_init", (a, kw) -> {
            self(a[0]).list = new PyList();
            return PyNone.NONE;
        });
        PRIORITY_TYPE.def("_put", (a, kw) -> {
            heapPush(self(a[0]).list, a[1]);
            return PyNone.NONE;
        });
        PRIORITY_TYPE.def("_get", (a, kw) -> heapPop(self(a[0]).list));
        LIFO_TYPE.def("_init", (a, kw) -> {
            self(a[0]).list = new PyList();
            return PyNone.NONE;
        });
        LIFO_TYPE.def("_put", (a, kw) -> {
            self(a[0]).list.append(a[1]);
            return PyNone.NONE;
        });
        LIFO_TYPE.def("_get", (a, kw) -> {
            PyList l = self(a[0]).list;
            return l.remove(l.size - 1);
        });
        t.def("qsize", (a, kw) -> PyInt.of(self(a[0]).qsize()));
        t.def("empty", (a, kw) -> PyBool.of(self(a[0]).empty()));
        t.def("full", (a, kw) -> PyBool.of(self(a[0]).full()));
        t.dict.put("maxsize", new PyProperty(new PyBuiltinFunction("maxsize", (a, kw) -> self(a[0]).maxsizeObj), null, null, PyNone.NONE));
        t.def("put", (a, kw) -> {
            Args.checkMethod("put", a, kw, 1, 1);
            return self(a[0]).new Op(true, a[1]);
        });
        t.def("get", (a, kw) -> {
            Args.checkMethod("get", a, kw, 0, 0);
            return self(a[0]).new Op(false, null);
        });
        t.def("put_nowait", (a, kw) -> {
            Args.checkMethod("put_nowait", a, kw, 1, 1);
            self(a[0]).putNowait(a[1]);
            return PyNone.NONE;
        });
        t.def("get_nowait", (a, kw) -> {
            Args.checkMethod("get_nowait", a, kw, 0, 0);
            return self(a[0]).getNowait();
        });
        t.def("task_done", (a, kw) -> {
            self(a[0]).taskDone();
            return PyNone.NONE;
        });
        t.def("join", (a, kw) -> self(a[0]).new Join());
        t.def("_get_loop", (a, kw) -> self(a[0]).boundLoop());
        for (String n : new String[] {"put", "get", "join"}) {
            AsyncioModule.NATIVE_COROUTINE_FUNCTIONS.add(t.dict.get(n));
        }
        t.def("_wakeup_next", (a, kw) -> {
            PyObject w = a[1];
            while (w.isTrue()) {
                PyObject waiter = Ops.callMethod(w, "popleft");
                if (!EventLoop.isDoneAny(waiter)) {
                    Ops.callMethod(waiter, "set_result", PyNone.NONE);
                    break;
                }
            }
            return PyNone.NONE;
        });
        t.def("_format", (a, kw) -> new PyStr(self(a[0]).format()));
        t.def("__repr__", (a, kw) -> {
            PyQueue q = self(a[0]);
            return new PyStr("<" + q.type.name + " at 0x" + Long.toHexString(0x7f0000000000L + (System.identityHashCode(q) & 0xffffffL) * 16)
                    + " " + q.format() + ">");
        });
        t.def("__str__", (a, kw) -> {
            PyQueue q = self(a[0]);
            return new PyStr("<" + q.type.name + " " + q.format() + ">");
        });
        t.def("__class_getitem__", (a, kw) -> a[0]);
    }
}
