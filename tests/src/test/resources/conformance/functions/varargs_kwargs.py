# functions: *args and **kwargs collection, keyword-only parameters, forwarding
def collect(*args, **kwargs):
    return args, kwargs
print(collect())
print(collect(1, 2, x=3))
print(type(collect(1)[0]).__name__, type(collect(a=1)[1]).__name__)
def total(*numbers, start=0):
    result = start
    for n in numbers:
        result += n
    return result
print(total(), total(1, 2, 3), total(1, 2, start=10), total(*range(5)))
def describe(name, **attrs):
    parts = [f"{k}={attrs[k]}" for k in attrs]
    return name + "(" + ", ".join(parts) + ")"
print(describe("box", width=3, height=4, color="red"))
print(describe("empty"))
def kwonly(a, *, key, reverse=False):
    return sorted(a, key=key, reverse=reverse)
print(kwonly(["bb", "a", "ccc"], key=len), kwonly([3, 1, 2], key=None, reverse=True))
try:
    kwonly([1], len)
except TypeError as e:
    print("TypeError", e)
def forward(*args, **kwargs):
    return collect(*args, **kwargs)
print(forward(1, 2, z=26))
def wrapper(func, *args, **kwargs):
    print("calling", func.__name__, "with", args, sorted(kwargs.items()))
    return func(*args, **kwargs)
print(wrapper(pow, 2, 10))
print(wrapper(total, 1, 2, start=100))
def kwargs_order(**kw):
    return list(kw)
print(kwargs_order(z=1, a=2, m=3))
def args_are_tuple(*args):
    try:
        args.append(1)
    except AttributeError as e:
        return f"AttributeError {e}"
print(args_are_tuple(1))
def modify_kwargs(**kw):
    kw["added"] = True
    return kw
original = {"x": 1}
print(modify_kwargs(**original), original)
def star_only(*, a, b):
    return a - b
print(star_only(b=1, a=10))
print(collect(*"ab", *[1], **{"k": "v"}, last=0))
