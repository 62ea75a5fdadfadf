# generators: generators still suspended in a try or with when the program ends are closed after the atexit callbacks
import atexit


def gen(name):
    try:
        yield name
        yield name
    finally:
        print("finally", name)


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("__exit__", self.name, exc[0].__name__)


def using(name):
    with Resource(name):
        yield 1


def catching(name):
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit in", name)
        raise


first = gen("first")
next(first)
_private = gen("_private")
next(_private)
unstarted = gen("unstarted")
done = gen("done")
list(done)
closed = gen("closed")
next(closed)
closed.close()
res = using("res")
next(res)
caught = catching("caught")
next(caught)
last = gen("last")
next(last)
atexit.register(print, "atexit callback")
print("end of program")
