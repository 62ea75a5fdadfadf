# statements: LEGB lookup, class-body scope is skipped by methods, comprehension scopes, builtins shadowing
x = "global"
def f():
    return x
def g():
    x = "local"
    def h():
        return x
    return h()
print(f(), g())
def uses_len():
    len = lambda obj: "shadowed"
    return len([1, 2])
print(uses_len(), len([1, 2]))
class C:
    y = 1
    z = y + 1
    def method(self):
        try:
            return y
        except NameError as e:
            return f"NameError {e}"
    doubled = [y * 2 for _ in range(1)] if False else None
print(C.z, C().method())
def conditional_definition(flag):
    if flag:
        value = "set"
    try:
        return value
    except UnboundLocalError as e:
        return "unbound"
print(conditional_definition(True), conditional_definition(False))
def param_shadow(print=None):
    return print
print(param_shadow("param named print"))
fs = []
for i in range(3):
    fs.append(lambda: i)
print([fn() for fn in fs])
def counter_factory():
    count = 0
    def get():
        return count
    count = 10
    return get
print(counter_factory()())
def nested_levels():
    a = 1
    def l2():
        b = 2
        def l3():
            return a + b
        return l3()
    return l2()
print(nested_levels())
i = "module i"
print([i for i in range(2)], i)
def late_global():
    return later_defined
later_defined = "defined after function"
print(late_global())
def del_and_reassign():
    v = 1
    del v
    v = 2
    return v
print(del_and_reassign())
