# builtins: the errors of bytearray and memoryview, with CPython messages
def e(f):
    try: print(repr(f()))
    except Exception as x: print(type(x).__name__, x)
e(lambda: bytearray(1.5))
e(lambda: bytearray('a'))
e(lambda: bytearray(-1))
e(lambda: bytearray([256]))
e(lambda: bytearray(b'abc').pop(5))
e(lambda: bytearray().pop())
e(lambda: bytearray(b'abc').remove(9))
e(lambda: bytearray(b'abc').remove(b'a'))
e(lambda: bytearray(b'abc').append(256))
e(lambda: bytearray(b'abc').append('a'))
e(lambda: bytearray(b'abc').extend('a'))
e(lambda: bytearray(b'abc').extend(5))
e(lambda: bytearray(b'abc').insert(1, 300))
e(lambda: bytearray(b'abc')[5])
e(lambda: hash(bytearray(b'abc')))
def f():
    b = bytearray(b'abcdef'); b[::2] = b'xy'
e(f)
def f():
    b = bytearray(b'abcdef'); b[1] = 300
e(f)
def f():
    b = bytearray(b'abcdef'); b[1:3] = 5
e(f)
def f():
    b = bytearray(b'abcdef'); b[1:3] = 'ab'
e(f)
def f():
    b = bytearray(b'abcdef'); b['a'] = 5
e(f)
def f():
    b = bytearray(b'abcdef'); b[9] = 5
e(f)
def f():
    b = bytearray(b'abcdef'); del b[9]
e(f)
e(lambda: bytearray(b'a') + 'a')
e(lambda: memoryview('a'))
e(lambda: memoryview(b'ab')[5])
def f():
    m = memoryview(b'ab'); m[0] = 1
e(f)
def f():
    m = memoryview(bytearray(b'ab')); m[0] = 300
e(f)
def f():
    m = memoryview(bytearray(b'ab')); m[0:1] = b'xy'
e(f)
def f():
    m = memoryview(bytearray(b'ab')); m.release(); m[0]
e(f)
e(lambda: memoryview(b'abc').cast('I'))
e(lambda: memoryview(b'abcd').cast('I').cast('h'))
e(lambda: memoryview(b'abcd').cast('x'))
e(lambda: hash(memoryview(bytearray(b'abcd'))))
e(lambda: bytearray(b'abc') < b'abd')
e(lambda: bytearray(b'abc') < 'abd')
e(lambda: bytearray(b'abc').decode())
e(lambda: bytearray(b'abc') * 2)
e(lambda: 2 * bytearray(b'abc'))
e(lambda: int.from_bytes(bytearray(b'\x01\x02'), 'big'))
e(lambda: int.from_bytes(memoryview(b'\x01\x02'), 'big'))
e(lambda: b','.join([bytearray(b'a'), memoryview(b'b')]))
e(lambda: bytearray(b',').join([b'a', b'b']))
e(lambda: b'a' in bytearray(b'abc'))
e(lambda: bytearray(b'a') in b'abc')
e(lambda: bytearray(b'ab') == b'ab')
e(lambda: b'ab' == bytearray(b'ab'))
e(lambda: memoryview(b'ab') == b'ab')
e(lambda: memoryview(b'ab') == bytearray(b'ab'))
e(lambda: memoryview(b'ab').tolist())
e(lambda: bytearray(b'ab').hex(':'))
e(lambda: bytearray.fromhex('61 62'))
e(lambda: bytearray(b'ab').strip())
e(lambda: bytearray(b'a b').split())
e(lambda: bytearray(b'a\x00b'))
e(lambda: bytearray(b"a'b"))
e(lambda: str(bytearray(b"ab")))
