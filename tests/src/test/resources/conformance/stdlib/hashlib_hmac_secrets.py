# stdlib: hashlib, hmac and secrets as CPython's files over the Java hash modules; random.SystemRandom
import hashlib
import hmac
import random
import secrets
import string

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s"]:
    h = hashlib.new(name, b"abc")
    h.update(b"def")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
print(hashlib.sha256(b"x").hexdigest() == hashlib.new("SHA256", b"x").hexdigest())
print(hashlib.shake_128(b"abc").hexdigest(10))
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex())
print(hashlib.blake2b(b"m", digest_size=16, key=b"k").hexdigest())
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError:", e)

mac = hmac.new(b"key", b"msg", "sha256")
print(mac.name, mac.digest_size, mac.hexdigest())
mac2 = mac.copy()
mac2.update(b"more")
print(mac.hexdigest() != mac2.hexdigest(), hmac.digest(b"key", b"msg", "md5").hex())
print(hmac.compare_digest(b"a", b"a"), hmac.compare_digest("a", "b"))
try:
    hmac.new(b"key")
except TypeError as e:
    print("TypeError:", e)

print(len(secrets.token_bytes(8)), len(secrets.token_hex(8)), len(secrets.token_urlsafe(8)))
print(all(c in string.hexdigits for c in secrets.token_hex()))
print(0 <= secrets.randbelow(3) < 3, 0 <= secrets.randbits(4) < 16, secrets.choice("a") == "a")
try:
    secrets.randbelow(-1)
except ValueError as e:
    print("ValueError:", e)

sr = random.SystemRandom()
print(type(sr).__name__, isinstance(sr, random.Random), sr.seed(5))
print(0 <= sr.random() < 1, sr.randrange(3, 4), sorted(sr.sample(range(4), 4)), 0 <= sr.getrandbits(70) < 2 ** 70)
for method in (sr.getstate, lambda: sr.setstate(None)):
    try:
        method()
    except NotImplementedError as e:
        print("NotImplementedError:", e)
