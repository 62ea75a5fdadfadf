# generators: any(), all() and next() close the generator expression they are given as they return, as CPython does
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)
print(next(x for x in gen("next")))
print(next((x for x in gen("next default") if x > 5), "dflt"))
print(any(x for x in gen("any")))
print(all(x > 5 for x in gen("all")))
print(sum(x for x in gen("sum")))
any = lambda g: "shadowed"
print(any(x for x in gen("shadowed")))
print("end")
