# exceptions: exact messages of TypeError/AttributeError/NameError raised by the runtime
class Thing:
    pass
five, nothing, pair = 5, None, [1, 2]
def assign_str():
    s = "abc"
    s[0] = "x"
def del_tuple():
    t = (1, 2)
    del t[0]
def trigger(label, fn):
    try:
        fn()
        print(label, "-> no error")
    except Exception as e:
        print(f"{label:<18} {type(e).__name__}: {e}")
trigger("int + str", lambda: 1 + "a")
trigger("str + int", lambda: "a" + 1)
trigger("list + tuple", lambda: [1] + (2,))
trigger("str * str", lambda: "a" * "b")
trigger("str * float", lambda: "a" * 1.5)
trigger("unary minus str", lambda: -"x")
trigger("~ float", lambda: ~1.5)
trigger("None + 1", lambda: None + 1)
trigger("dict | list", lambda: {} | [])
trigger("int < str", lambda: 1 < "1")
trigger("list >= int", lambda: [] >= 0)
trigger("None < None", lambda: None < None)
trigger("subscript int", lambda: five[0])
trigger("subscript None", lambda: nothing["k"])
trigger("assign to str", assign_str)
trigger("tuple item del", del_tuple)
trigger("call int", lambda: five())
trigger("len of int", lambda: len(5))
trigger("iterate float", lambda: list(2.5))
trigger("list index str", lambda: pair["0"])
trigger("hash list", lambda: hash([]))
trigger("dict key set", lambda: {{1}: 2})
trigger("int(list)", lambda: int([1]))
trigger("float(None)", lambda: float(None))
trigger("sum of strs", lambda: sum(["a", "b"]))
trigger("join ints", lambda: ",".join([1, 2]))
trigger("sort mixed", lambda: sorted([3, "a", 1]))
trigger("missing attr", lambda: [].push(1))
trigger("missing attr str", lambda: "s".foo)
trigger("module attr", lambda: Thing().bar)
trigger("class attr", lambda: Thing.baz)
trigger("None attr", lambda: None.value)
trigger("int attr", lambda: (5).real_part)
trigger("undefined name", lambda: undefined_variable + 1)
trigger("str.format idx", lambda: "{1}".format("a"))
trigger("not iterable unpack", lambda: [a for a, b in [1, 2]])
trigger("chr(str)", lambda: chr("a"))
trigger("ord(long)", lambda: ord("ab"))
trigger("round(str)", lambda: round("1.5"))
trigger("abs(str)", lambda: abs("x"))
trigger("isinstance bad", lambda: isinstance(1, 1))
trigger("next(list)", lambda: next([1]))
trigger("range(float)", lambda: range(1.5))
trigger("split(int)", lambda: "a".split(1))
