# Builtin types no class may derive from say so as CPython does; the others can be subclassed.
import types, datetime, _json
for t in [range, memoryview, types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType, types.MethodType,
          types.BuiltinFunctionType, types.CodeType, types.FrameType, types.TracebackType, types.CellType,
          types.MappingProxyType, datetime.timezone, _json.make_scanner, _json.make_encoder, bool, type(None), slice,
          types.FunctionType, type(...)]:
    try:
        type("X", (t,), {})
        print(t.__name__, "ok")
    except TypeError as e:
        print(e)
for t in [int, list, dict, set, frozenset, float, str, tuple, bytes, bytearray, enumerate, zip, map, filter, property,
          staticmethod, classmethod, datetime.tzinfo, datetime.date, datetime.datetime, Exception, object, type]:
    class X(t):
        pass
    print(t.__name__, "subclassable")
