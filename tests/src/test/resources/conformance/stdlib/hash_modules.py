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

import _hashlib
for name in ("md5", "SHA256", "sha512_256", "sha3_256", "blake2b", "sha512_224"):
    h = _hashlib.new(name, b"abc")
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
print(_hashlib.new("shake_128", b"abc").hexdigest(20), _hashlib.openssl_sha1(b"abc").hexdigest(), _hashlib.openssl_sha256().name)
print(_hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex(), _hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, 30).hex())
print(_hashlib.pbkdf2_hmac("sha512", b"p" * 200, b"s", 3, 70).hex(), _hashlib.pbkdf2_hmac(hash_name="md5", password=b"", salt=b"", iterations=1).hex())
print(_hashlib.hmac_digest(b"key", b"The quick brown fox jumps over the lazy dog", "sha256").hex(), _hashlib.hmac_digest(b"k" * 100, b"m", "sha3_256").hex())
print(_hashlib.compare_digest(b"a", b"a"), _hashlib.get_fips_mode(), issubclass(_hashlib.UnsupportedDigestmodError, ValueError))
print(sorted(set(_hashlib.openssl_md_meth_names) - {"md5-sha1", "sm3", "ripemd160"}))
err(_hashlib.new, "nope")
err(_hashlib.pbkdf2_hmac, "nope", b"pw", b"salt", 1)
err(_hashlib.pbkdf2_hmac, "sha256", b"pw", b"salt", 0)
err(_hashlib.pbkdf2_hmac, "sha256", b"pw", b"salt", 1, 0)
err(_hashlib.pbkdf2_hmac, "sha256", "pw", b"salt", 1)
h = _hashlib.hmac_new(b"key", b"The quick", digestmod="sha256")
h.update(b" brown fox")
c = h.copy()
c.update(b"!")
print(h.name, h.digest_size, h.block_size, h.hexdigest(), c.hexdigest(), h.digest() == bytes.fromhex(h.hexdigest()))
h = _hashlib.hmac_new(b"k" * 200, digestmod=_hashlib.openssl_sha512)
print(h.name, h.hexdigest()[:32], _hashlib.hmac_new(b"", b"", "md5").hexdigest())
err(_hashlib.hmac_new, b"key", b"msg")
err(_hashlib.hmac_new, b"key", b"msg", "nope")
