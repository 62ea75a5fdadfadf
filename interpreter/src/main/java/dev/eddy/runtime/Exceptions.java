package dev.eddy.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/** The builtin exception classes, their hierarchy, and BaseException's methods. */
public final class Exceptions {
    private Exceptions() {
    }

    /** Every builtin exception class by name, in definition order (the builtins module exports them). */
    public static final Map<String, PyType> ALL = new LinkedHashMap<>();

    public static final PyType BASE_EXCEPTION = PyType.builtin("BaseException", PyType.OBJECT,
            (cls, args, kw) -> new PyBaseException(cls, Args.positional(args, kw) == args.length ? args : java.util.Arrays.copyOf(args, Args.positional(args, kw))));

    static {
        ALL.put("BaseException", BASE_EXCEPTION);
    }

    private static PyType define(String name, PyType base) {
        PyType t = PyType.builtin(name, base, null);
        ALL.put(name, t);
        return t;
    }

    public static final PyType SYSTEM_EXIT = define("SystemExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = define("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType GENERATOR_EXIT = define("GeneratorExit", BASE_EXCEPTION);
    public static final PyType EXCEPTION = define("Exception", BASE_EXCEPTION);
    public static final PyType STOP_ITERATION = define("StopIteration", EXCEPTION);
    public static final PyType STOP_ASYNC_ITERATION = define("StopAsyncIteration", EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = define("ArithmeticError", EXCEPTION);
    public static final PyType FLOATING_POINT_ERROR = define("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = define("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ZERO_DIVISION_ERROR = define("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = define("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = define("AttributeError", EXCEPTION);
    public static final PyType BUFFER_ERROR = define("BufferError", EXCEPTION);
    public static final PyType EOF_ERROR = define("EOFError", EXCEPTION);
    public static final PyType IMPORT_ERROR = define("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = define("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType LOOKUP_ERROR = define("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = define("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = define("KeyError", LOOKUP_ERROR);
    public static final PyType MEMORY_ERROR = define("MemoryError", EXCEPTION);
    public static final PyType NAME_ERROR = define("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = define("UnboundLocalError", NAME_ERROR);
    public static final PyType OS_ERROR = define("OSError", EXCEPTION);
    public static final PyType BLOCKING_IO_ERROR = define("BlockingIOError", OS_ERROR);
    public static final PyType CHILD_PROCESS_ERROR = define("ChildProcessError", OS_ERROR);
    public static final PyType CONNECTION_ERROR = define("ConnectionError", OS_ERROR);
    public static final PyType BROKEN_PIPE_ERROR = define("BrokenPipeError", CONNECTION_ERROR);
    public static final PyType CONNECTION_ABORTED_ERROR = define("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_REFUSED_ERROR = define("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_RESET_ERROR = define("ConnectionResetError", CONNECTION_ERROR);
    public static final PyType FILE_EXISTS_ERROR = define("FileExistsError", OS_ERROR);
    public static final PyType FILE_NOT_FOUND_ERROR = define("FileNotFoundError", OS_ERROR);
    public static final PyType INTERRUPTED_ERROR = define("InterruptedError", OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = define("IsADirectoryError", OS_ERROR);
    public static final PyType NOT_A_DIRECTORY_ERROR = define("NotADirectoryError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = define("PermissionError", OS_ERROR);
    public static final PyType PROCESS_LOOKUP_ERROR = define("ProcessLookupError", OS_ERROR);
    public static final PyType TIMEOUT_ERROR = define("TimeoutError", OS_ERROR);
    public static final PyType REFERENCE_ERROR = define("ReferenceError", EXCEPTION);
    public static final PyType RUNTIME_ERROR = define("RuntimeError", EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = define("NotImplementedError", RUNTIME_ERROR);
    public static final PyType RECURSION_ERROR = define("RecursionError", RUNTIME_ERROR);
    public static final PyType SYNTAX_ERROR = define("SyntaxError", EXCEPTION);
    public static final PyType INDENTATION_ERROR = define("IndentationError", SYNTAX_ERROR);
    public static final PyType TAB_ERROR = define("TabError", INDENTATION_ERROR);
    public static final PyType SYSTEM_ERROR = define("SystemError", EXCEPTION);
    public static final PyType TYPE_ERROR = define("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = define("ValueError", EXCEPTION);
    public static final PyType UNICODE_ERROR = define("UnicodeError", VALUE_ERROR);
    public static final PyType UNICODE_DECODE_ERROR = define("UnicodeDecodeError", UNICODE_ERROR);
    public static final PyType UNICODE_ENCODE_ERROR = define("UnicodeEncodeError", UNICODE_ERROR);
    public static final PyType UNICODE_TRANSLATE_ERROR = define("UnicodeTranslateError", UNICODE_ERROR);
    public static final PyType WARNING = define("Warning", EXCEPTION);
    public static final PyType DEPRECATION_WARNING = define("DeprecationWarning", WARNING);
    public static final PyType PENDING_DEPRECATION_WARNING = define("PendingDeprecationWarning", WARNING);
    public static final PyType RUNTIME_WARNING = define("RuntimeWarning", WARNING);
    public static final PyType SYNTAX_WARNING = define("SyntaxWarning", WARNING);
    public static final PyType USER_WARNING = define("UserWarning", WARNING);
    public static final PyType FUTURE_WARNING = define("FutureWarning", WARNING);
    public static final PyType IMPORT_WARNING = define("ImportWarning", WARNING);
    public static final PyType UNICODE_WARNING = define("UnicodeWarning", WARNING);
    public static final PyType BYTES_WARNING = define("BytesWarning", WARNING);
    public static final PyType RESOURCE_WARNING = define("ResourceWarning", WARNING);
    public static final PyType ENCODING_WARNING = define("EncodingWarning", WARNING);

    static {
        PyType.OBJECT.constructor = (cls, args, kw) -> new PyInstance(cls);
        BaseExceptionMethods.install(BASE_EXCEPTION);
        UnicodeErrors.install();
        PyType.Constructor base = BASE_EXCEPTION.constructor;
        // OSError(errno, strerror) is born as the subclass for that errno, as in CPython
        OS_ERROR.constructor = (cls, args, kw) -> {
            PyType actual = cls;
            if (cls == OS_ERROR && args.length >= 2 && args[0] instanceof PyInt e && !e.isBig()) {
                PyType sub = errnoSubclass(e.value);
                if (sub != null) {
                    actual = sub;
                }
            }
            PyObject made = base.construct(actual, args, kw);
            if (made instanceof PyBaseException e && !initTakesArguments(actual)) {
                takeOsErrorArguments(e, args, Args.positional(args, kw));
            }
            return made;
        };
        // as CPython: a subclass that defines __init__ (and not __new__) has its arguments taken
        // by OSError.__init__ when it calls it; otherwise they were taken at construction
        OS_ERROR.def("__init__", (a, kw) -> {
            if (a[0] instanceof PyBaseException e && initTakesArguments(e.type())) {
                PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
                e.args = new PyTuple(java.util.Arrays.copyOf(rest, Args.positional(rest, kw)));
                takeOsErrorArguments(e, rest, Args.positional(rest, kw));
            }
            return PyNone.NONE;
        });
        // its builtin subclasses (FileNotFoundError(2, 'msg', 'f')) take the same arguments
        for (PyType t : ALL.values()) {
            if (t != OS_ERROR && t.isSubtypeOf(OS_ERROR)) {
                t.constructor = OS_ERROR.constructor;
            }
        }
        // ImportError(*args, name=None, path=None)
        IMPORT_ERROR.constructor = (cls, args, kw) -> {
            int positional = Args.positional(args, kw);
            PyObject made = base.construct(cls, positional == args.length ? args : java.util.Arrays.copyOf(args, positional), null);
            if (kw != null && made instanceof PyBaseException e) {
                for (int i = 0; i < kw.length; i++) {
                    if (!kw[i].equals("name") && !kw[i].equals("path")) {
                        throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument for " + cls.name + "()");
                    }
                    e.storeAttr(kw[i], args[positional + i]);
                }
            }
            return made;
        };
    }

    /** Whether {@code t}'s own __init__ (not OSError's) comes first: then OSError.__init__ takes the arguments. */
    private static boolean initTakesArguments(PyType t) {
        return t.heapType && t.lookup("__init__") != OS_ERROR.dict.get("__init__");
    }

    /** OSError(errno, strerror, filename[, winerror[, filename2]]): args keeps the first two. */
    private static void takeOsErrorArguments(PyBaseException e, PyObject[] args, int n) {
        if (n >= 3 && n <= 5) {
            e.storeAttr("filename", args[2]);
            if (n == 5) {
                e.storeAttr("filename2", args[4]);
            }
            e.args = new PyTuple(new PyObject[] {args[0], args[1]});
        }
    }

    /** The OSError subclass CPython picks for an errno (Linux numbering), or null. */
    private static PyType errnoSubclass(long errno) {
        switch ((int) errno) {
            case 1: case 13: return PERMISSION_ERROR;
            case 2: return FILE_NOT_FOUND_ERROR;
            case 3: return PROCESS_LOOKUP_ERROR;
            case 4: return INTERRUPTED_ERROR;
            case 10: return CHILD_PROCESS_ERROR;
            case 11: case 114: case 115: return BLOCKING_IO_ERROR;
            case 17: return FILE_EXISTS_ERROR;
            case 20: return NOT_A_DIRECTORY_ERROR;
            case 21: return IS_A_DIRECTORY_ERROR;
            case 32: case 108: return BROKEN_PIPE_ERROR;
            case 103: return CONNECTION_ABORTED_ERROR;
            case 104: return CONNECTION_RESET_ERROR;
            case 110: return TIMEOUT_ERROR;
            case 111: return CONNECTION_REFUSED_ERROR;
            default: return null;
        }
    }

    /** A new exception instance of a builtin class with a message. */
    public static PyBaseException make(PyType type, String message) {
        return new PyBaseException(type, message == null ? Args.EMPTY : new PyObject[] {new PyStr(message)});
    }

    /** Makes an exception from the object after 'raise': a class is instantiated, an instance used. */
    public static PyBaseException fromRaised(PyObject obj) {
        if (obj instanceof PyType t) {
            if (!t.isSubtypeOf(BASE_EXCEPTION)) {
                throw Errors.typeError("exceptions must derive from BaseException");
            }
            PyObject inst = t.call(Args.EMPTY, null);
            if (!(inst instanceof PyBaseException e)) {
                throw Errors.typeError("calling " + t.repr().value + " should have returned an instance of BaseException, not " + inst.type().name);
            }
            return e;
        }
        if (obj instanceof PyBaseException e) {
            return e;
        }
        throw Errors.typeError("exceptions must derive from BaseException");
    }
}
