# errors: an async comprehension outside an async function is a SyntaxError, even inside a plain def
def f(b):
    return {a: 1 async for a in b}
