# stdlib: the hash modules hashlib falls back on: _md5, _sha1, _sha256, _sha512, _sha3, _blake2
import _md5, _sha1, _sha256, _sha512, _sha3, _blake2

msgs = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 3, b"a" * 200]
ctors = [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512,
         _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512, _blake2.blake2b, _blake2.blake2s]
for ctor in ctors:
    h = ctor()
    print(h.name, h.digest_size, h.block_size)
    for m in msgs:
        print(" ", ctor(m).hexdigest())
    h = ctor(b"abc")
    h2 = h.copy()
    h2.update(b"def")
    h.update(b"d")
    h.update(b"ef")
    print("  copy", h.hexdigest() == h2.hexdigest(), h.digest() == bytes.fromhex(h.hexdigest()), h.hexdigest() == ctor(b"abcdef").hexdigest())
for ctor in (_sha3.shake_128, _sha3.shake_256):
    h = ctor(b"abc")
    print(h.name, h.digest_size, h.block_size, h.hexdigest(10), h.hexdigest(300)[-20:], h.digest(0), len(h.digest(1000)))
    print(ctor().hexdigest(32), ctor(bytes(range(256)) * 3).hexdigest(16))
print(_blake2.blake2b(b"hi", digest_size=20).hexdigest(), _blake2.blake2b(b"hi", key=b"secret").hexdigest())
print(_blake2.blake2b(b"hi", salt=b"salty", person=b"me").hexdigest(), _blake2.blake2s(b"hi", key=b"k" * 32, digest_size=16).hexdigest())
print(_blake2.blake2b(b"x" * 300, fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1, inner_size=32, last_node=True).hexdigest())
print(_blake2.blake2s(b"x" * 300, fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1, inner_size=16, last_node=True).hexdigest())
print(_blake2.blake2b(key=b"k").hexdigest(), _blake2.blake2s(b"y" * 64).hexdigest(), _blake2.blake2b(b"y" * 128).hexdigest())
print(_blake2.blake2b.SALT_SIZE, _blake2.blake2b.PERSON_SIZE, _blake2.blake2b.MAX_KEY_SIZE, _blake2.blake2b.MAX_DIGEST_SIZE)
print(_blake2.blake2s.SALT_SIZE, _blake2.BLAKE2S_MAX_DIGEST_SIZE, _blake2.blake2b(digest_size=7).digest_size)

def err(f, *a, **kw):
    try:
        print(f(*a, **kw))
    except Exception as e:
        print(type(e).__name__, e)

err(_md5.md5, "text")
err(lambda: _sha256.sha256().update("text"))
err(_blake2.blake2b, digest_size=65)
err(_blake2.blake2s, key=b"k" * 33)
err(_blake2.blake2b, salt=b"s" * 17)
err(_blake2.blake2s, person=b"p" * 9)
err(_blake2.blake2b, b"a", b"b")
err(lambda: _sha3.shake_128(b"").hexdigest(-1))

import _operator
print(_operator._compare_digest(b"ab", b"ab"), _operator._compare_digest("ab", "ac"), _operator._compare_digest(b"", b"x"))
for a, b in ((1, 2), ("é", "é"), ("a", b"a")):
    err(_operator._compare_digest, a, b)
